import { DataTable } from '@/components/ui/data-table';
import { Markdown } from '@/components/ui/markdown';
import type { CardRow } from '@/lib/core/classes/dashboard-types';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { formatShare } from './format-share';

/** Assigned cards with the share of the class that knows each and its lapses; scrolls when long. */
export function CardTable({ rows, caption, empty }: { rows: CardRow[]; caption: string; empty: string }) {
  return (
    <DataTable
      empty={<p className="text-fg-muted">{empty}</p>}
      scrollLabel={caption}
      scrollClassName="relative max-h-96 overflow-auto"
      caption={caption}
      columns={['Card', { label: 'Know it', align: 'right' }, { label: 'Lapses', align: 'right' }]}
      rows={rows}
    >
      {(c) => (
        <tr key={c.id} className="border-t border-border align-top">
          <td className="py-1.5 pr-2">
            <Markdown className="text-sm" html={markdownToSafeHtml(c.front)} />
          </td>
          <td className="py-1.5 pr-2 text-right tabular-nums">{formatShare(c.known)}</td>
          <td className="py-1.5 text-right tabular-nums">{c.lapses}</td>
        </tr>
      )}
    </DataTable>
  );
}
