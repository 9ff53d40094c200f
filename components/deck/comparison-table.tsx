import type { Comparison, Source } from '@/lib/content/types';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { SourceLinks } from './source-links';

const VERDICT: Record<string, string> = {
  outdated: 'out of date',
  simplified: 'simplified',
  wrong: 'wrong',
  incomplete: 'incomplete',
};

function Nuance({ dimension }: { dimension: Comparison['dimensions'][number] }) {
  return (
    <>
      <Markdown html={markdownToSafeHtml(dimension.nuance)} />
      {dimension.outdatedClaim ? (
        <p className="mt-2 rounded-md border border-warning/40 bg-warning/10 px-2 py-1 text-xs">
          <span className="font-semibold">Often heard ({VERDICT[dimension.outdatedClaim.verdict]}):</span> “{dimension.outdatedClaim.claim}”
        </p>
      ) : null}
    </>
  );
}

/** The comparison side by side: one row per dimension, each side's fact, the nuance, the sources. */
export function ComparisonTable({ comparison, sourcesById }: { comparison: Comparison; sourcesById: Map<string, Source> }) {
  const sourcesOf = (ids: string[]) => ids.flatMap((id) => sourcesById.get(id) ?? []);
  return (
    <>
      <div className="hidden overflow-x-auto rounded-xl border border-border md:block">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">
            {comparison.a.name} compared with {comparison.b.name}, dimension by dimension
          </caption>
          <thead className="bg-muted">
            <tr>
              <th scope="col" className="w-40 p-3">
                Dimension
              </th>
              <th scope="col" className="p-3">
                {comparison.a.short}
              </th>
              <th scope="col" className="p-3">
                {comparison.b.short}
              </th>
              <th scope="col" className="p-3">
                Nuance
              </th>
            </tr>
          </thead>
          <tbody>
            {comparison.dimensions.map((d) => (
              <tr key={d.id} id={d.id} className="border-t border-border align-top">
                <th scope="row" className="p-3 font-semibold">
                  {d.name}
                  <div className="mt-2 font-normal">
                    <SourceLinks sources={sourcesOf(d.sources)} />
                  </div>
                </th>
                <td className="p-3">
                  <Markdown html={markdownToSafeHtml(d.a)} />
                </td>
                <td className="p-3">
                  <Markdown html={markdownToSafeHtml(d.b)} />
                </td>
                <td className="p-3">
                  <Nuance dimension={d} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ol className="flex flex-col gap-4 md:hidden">
        {comparison.dimensions.map((d) => (
          <li key={d.id} className="rounded-xl border border-border bg-surface p-4 text-sm">
            <h2 className="text-base font-semibold">{d.name}</h2>
            <h3 className="mt-2 font-semibold text-accent">{comparison.a.short}</h3>
            <Markdown html={markdownToSafeHtml(d.a)} />
            <h3 className="mt-2 font-semibold text-accent">{comparison.b.short}</h3>
            <Markdown html={markdownToSafeHtml(d.b)} />
            <h3 className="mt-2 font-semibold">Nuance</h3>
            <Nuance dimension={d} />
            <div className="mt-2">
              <SourceLinks sources={sourcesOf(d.sources)} />
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
