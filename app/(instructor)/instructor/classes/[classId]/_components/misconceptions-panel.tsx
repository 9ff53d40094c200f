import { DataTable } from '@/components/ui/data-table';
import { Panel } from '@/components/ui/panel';
import type { MisconceptionRow } from '@/lib/core/classes/dashboard-types';

/** The misconceptions the class falls for, most students first. */
export function MisconceptionsPanel({ misconceptions }: { misconceptions: MisconceptionRow[] }) {
  return (
    <Panel title="Misconceptions the class falls for" description="Chosen in a quiz, or a trap card answered “Again”.">
      <DataTable
        empty={<p className="text-fg-muted">None yet.</p>}
        caption="Misconceptions, most students first"
        columns={['Claim', { label: 'Students', align: 'right' }, { label: 'Times', align: 'right' }]}
        rows={misconceptions}
      >
        {(m) => (
          <tr key={m.id} className="border-t border-border">
            <td className="py-1.5 pr-2">“{m.claim}”</td>
            <td className="py-1.5 pr-2 text-right tabular-nums">{m.students}</td>
            <td className="py-1.5 text-right tabular-nums">{m.events}</td>
          </tr>
        )}
      </DataTable>
    </Panel>
  );
}
