import type { ReactNode } from 'react';
import { ActionButton } from '@/components/ui/action-button';

type Result = { ok: true; data: unknown } | { ok: false; message: string };

/** What is assigned to the class, one bordered row each with an "Unassign" button (or `empty` when nothing is). */
export function AssignedList<T extends { id: string; title: string }, I>({
  items,
  empty,
  action,
  input,
  confirm,
  children,
}: {
  items: readonly T[];
  empty: string;
  action: (input: I) => Promise<Result>;
  input: (item: T) => I;
  confirm?: (item: T) => string;
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="mb-3 text-fg-muted">{empty}</p>;
  return (
    <ul className="mb-4 flex flex-col gap-2">
      {items.map((item) => (
        <li
          key={item.id}
          className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-border p-3"
        >
          {children(item)}
          <ActionButton
            action={action}
            input={input(item)}
            variant="ghost"
            {...(confirm ? { confirm: confirm(item) } : {})}
          >
            Unassign<span className="sr-only"> {item.title}</span>
          </ActionButton>
        </li>
      ))}
    </ul>
  );
}
