import type { ReactNode } from 'react';

/**
 * A bordered surface for grouping content; with `title`, it opens with that heading (level 2)
 * and, with `description`, a muted line under it.
 */
export function Panel({
  children,
  className = '',
  title,
  description,
}: {
  children: ReactNode;
  className?: string;
  title?: ReactNode;
  description?: ReactNode;
}) {
  return (
    <section className={`rounded-xl border border-border bg-surface p-5 shadow-sm ${className}`}>
      {title !== undefined && description !== undefined ? (
        <>
          <h2 className="text-lg font-semibold">{title}</h2>
          <p className="mb-3 text-sm text-fg-muted">{description}</p>
        </>
      ) : title !== undefined ? (
        <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      ) : null}
      {children}
    </section>
  );
}
