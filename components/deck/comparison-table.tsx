import type { Comparison, Source } from '@/lib/core/content/types';
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

type CheckedFact = { side: 'a' | 'b'; text: string; sources: Source[] };

/** The knowledge base's facts on one side of a dimension: what the quiz asks and the grader checks answers against. */
function CheckedFacts({ facts, side }: { facts: readonly CheckedFact[] | undefined; side: 'a' | 'b' }) {
  const seen = new Set<string>();
  const mine = (facts ?? []).filter((f) => f.side === side && !seen.has(f.text) && seen.add(f.text));
  if (mine.length === 0) return null;
  return (
    <details className="mt-2 text-xs" data-testid="checked-facts">
      <summary className="cursor-pointer text-fg-muted">Checked facts ({mine.length})</summary>
      <ul className="mt-1 flex list-disc flex-col gap-1 pl-4">
        {mine.map((f) => (
          <li key={f.text}>
            {f.text} <SourceLinks sources={f.sources} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * The comparison side by side: one row per dimension, each side's fact, the nuance, the sources,
 * and under each side the knowledge base's checked facts for that dimension.
 */
export function ComparisonTable({
  comparison,
  sourcesById,
  facts = {},
}: {
  comparison: Comparison;
  sourcesById: Map<string, Source>;
  facts?: Record<string, readonly CheckedFact[]>;
}) {
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
                  <CheckedFacts facts={facts[d.id]} side="a" />
                </td>
                <td className="p-3">
                  <Markdown html={markdownToSafeHtml(d.b)} />
                  <CheckedFacts facts={facts[d.id]} side="b" />
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
            <CheckedFacts facts={facts[d.id]} side="a" />
            <h3 className="mt-2 font-semibold text-accent">{comparison.b.short}</h3>
            <Markdown html={markdownToSafeHtml(d.b)} />
            <CheckedFacts facts={facts[d.id]} side="b" />
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
