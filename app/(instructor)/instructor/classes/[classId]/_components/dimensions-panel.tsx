import { PercentBarsChart } from '@/components/charts/percent-bars-chart';
import { DataTable } from '@/components/ui/data-table';
import { Panel } from '@/components/ui/panel';
import type { DimensionRow } from '@/lib/core/classes/dashboard-types';
import { formatShare } from './format-share';

/** How much of the class knows each comparison dimension: a chart, and the same as a table for screen readers. */
export function DimensionsPanel({ dimensions }: { dimensions: DimensionRow[] }) {
  return (
    <Panel title="By comparison dimension" description="Share of the class that knows each dimension’s assigned cards.">
      {dimensions.length === 0 ? (
        <p className="text-fg-muted">No assigned card has a dimension yet.</p>
      ) : (
        <>
          <PercentBarsChart
            rows={dimensions.map((d) => ({ name: d.name, value: Math.round(d.known * 100) }))}
            valueName="class knows it %"
            height={{ perRow: 28, extra: 40, min: 160 }}
            labelWidth={170}
            marginLeft={8}
            maxBarSize={28}
            animate={false}
          />
          {/* sr-only on the wrapper: a table is never narrower than its content, so it would widen the page. */}
          <div className="sr-only">
            <DataTable
              variant="plain"
              className=""
              caption="Share of the class that knows each dimension"
              columns={['Dimension', 'Cards', 'Known']}
              rows={dimensions}
            >
              {(d) => (
                <tr key={`${d.comparison}/${d.id}`}>
                  <th scope="row">{d.name}</th>
                  <td>{d.cards}</td>
                  <td>{formatShare(d.known)}</td>
                </tr>
              )}
            </DataTable>
          </div>
        </>
      )}
    </Panel>
  );
}
