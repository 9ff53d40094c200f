import Link from 'next/link';
import type { ReactNode } from 'react';

/** The "← All decks" link above a page's title, back to the list the page belongs to. */
export function BackLink({
  href,
  children,
  className = 'mb-2',
}: {
  href: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <p className={`${className} text-sm`.trim()}>
      <Link href={href} className="text-accent underline">
        ← {children}
      </Link>
    </p>
  );
}
