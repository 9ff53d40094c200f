import type { ReactNode } from 'react';
import { Panel } from './panel';

/** A titled section listing items as cards, one each (or `empty`, in a panel, when there are none). */
export function ItemListSection<T extends { id: string }>({
  headingId,
  title,
  items,
  empty,
  children,
}: {
  headingId: string;
  title: string;
  items: readonly T[];
  empty: ReactNode;
  children: (item: T) => ReactNode;
}) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="mb-3 text-xl font-semibold">
        {title}
      </h2>
      {items.length === 0 ? (
        <Panel>
          <p className="text-fg-muted">{empty}</p>
        </Panel>
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((item) => (
            <li key={item.id} className="rounded-xl border border-border bg-surface p-4">
              {children(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
