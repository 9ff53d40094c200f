import type { ReactNode, TableHTMLAttributes } from 'react';

export type Column = {
  label: ReactNode;
  /** Heard by screen readers only (e.g. an "Actions" column of buttons). */
  srOnly?: boolean;
  align?: 'right';
};

/**
 * The two header looks in use: `compact` (small muted header over ruled rows, dashboards and
 * lists), `ruled` (a rule under normal-size headers, attempt histories), `muted` (muted
 * headers, quiz summaries), `boxed` (a shaded header band, inside a bordered box); `plain`: unstyled, for the screen-reader copies of charts.
 */
const HEAD = {
  compact: { thead: 'text-xs text-fg-muted', tr: undefined, th: 'py-1 pr-2', last: 'py-1' },
  ruled: {
    thead: undefined,
    tr: 'border-b border-border text-fg-muted',
    th: 'py-2 pr-3 font-medium',
    last: 'py-2 font-medium',
  },
  boxed: { thead: 'bg-muted text-xs text-fg-muted', tr: undefined, th: 'px-2 py-1', last: 'px-2 py-1' },
  muted: { thead: 'text-fg-muted', tr: undefined, th: undefined, last: undefined },
  plain: { thead: undefined, tr: undefined, th: undefined, last: undefined },
} as const;

function headerClass(variant: keyof typeof HEAD, column: Column, last: boolean) {
  const base = last ? HEAD[variant].last : HEAD[variant].th;
  return [base, column.align === 'right' ? 'text-right' : null].filter(Boolean).join(' ') || undefined;
}

/**
 * A table with a caption (for screen readers unless `showCaption`), column headers and one row per
 * item (`children` renders a `<tr>`). With `empty`, no items show that instead of an empty table;
 * with `scrollLabel`, the table scrolls sideways in a focusable region so keyboards can scroll it.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  children,
  empty,
  scrollLabel,
  scrollClassName = 'relative overflow-x-auto',
  variant = 'compact',
  className = 'w-full text-left text-sm',
  ...tableProps
}: Omit<TableHTMLAttributes<HTMLTableElement>, 'children'> & {
  caption?: ReactNode;
  /** A string is a plain column label. */
  columns: readonly (Column | string)[];
  rows: readonly T[];
  children: (row: T, index: number) => ReactNode;
  empty?: ReactNode;
  scrollLabel?: string;
  scrollClassName?: string;
  variant?: keyof typeof HEAD;
  'data-testid'?: string;
}) {
  if (empty !== undefined && rows.length === 0) return <>{empty}</>;
  const head = HEAD[variant];
  const table = (
    <table className={className} {...tableProps}>
      {caption !== undefined ? (
        <caption className={variant === 'plain' ? undefined : 'sr-only'}>{caption}</caption>
      ) : null}
      <thead className={head.thead}>
        <tr className={head.tr}>
          {columns
            .map((column) => (typeof column === 'string' ? { label: column } : column))
            .map((column, i) => (
              <th key={i} scope="col" className={headerClass(variant, column, i === columns.length - 1)}>
                {column.srOnly ? <span className="sr-only">{column.label}</span> : column.label}
              </th>
            ))}
        </tr>
      </thead>
      <tbody>{rows.map((row, i) => children(row, i))}</tbody>
    </table>
  );
  if (scrollLabel === undefined) return table;
  return (
    <div className={scrollClassName} tabIndex={0} role="region" aria-label={scrollLabel}>
      {table}
    </div>
  );
}
