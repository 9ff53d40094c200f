import Link from 'next/link';

/** A row of tab-like links (one marked as the current page), e.g. a section's own navigation. */
export function TabNav({
  label,
  links,
  current,
  className,
}: {
  label: string;
  links: readonly { href: string; label: string }[];
  current: string;
  className?: string;
}) {
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap gap-1 border-b border-border text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? 'page' : undefined}
              className={`-mb-px inline-block border-b-2 px-3 py-2 ${
                link.href === current
                  ? 'border-accent font-medium text-fg'
                  : 'border-transparent text-fg-muted hover:text-fg'
              }`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
