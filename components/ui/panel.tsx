import type { ReactNode } from 'react';

/** A bordered surface for grouping content. */
export function Panel({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <section className={`rounded-xl border border-border bg-surface p-5 shadow-sm ${className}`}>{children}</section>
  );
}
