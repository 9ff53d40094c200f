import 'server-only';
import type { Comparison, Misconception, Source } from '@/lib/core/content/types';
import { dimensionFacts } from '@/lib/core/knowledge/dimension-facts';
import { getContent } from '../content';

export type ComparisonView = {
  comparison: Comparison;
  sourcesById: Map<string, Source>;
  misconceptions: Misconception[];
  /** The knowledge base's checked facts per dimension and side (what the quiz asks and the grader checks). */
  facts: Record<string, { side: 'a' | 'b'; holds: boolean; text: string; sources: Source[] }[]>;
};

/** A comparison from content/, with its sources resolved and its misconceptions, or null. */
export async function getComparison(id: string): Promise<ComparisonView | null> {
  const content = await getContent();
  const comparison = content.comparisons.find((c) => c.id === id);
  if (!comparison) return null;
  const sourcesById = new Map(content.sources.map((s) => [s.id, s]));
  const facts: ComparisonView['facts'] = {};
  for (const kb of content.knowledge.filter((k) => (k.comparison ?? k.id) === id)) {
    for (const f of dimensionFacts(kb, comparison)) {
      (facts[f.dimension] ??= []).push({
        side: f.side,
        holds: f.fact.holds === true,
        text: f.fact.says,
        sources: f.fact.sources.flatMap((s) => sourcesById.get(s) ?? []),
      });
    }
  }
  return {
    comparison,
    sourcesById,
    misconceptions: content.misconceptions.filter((m) => m.comparison === id),
    facts,
  };
}
