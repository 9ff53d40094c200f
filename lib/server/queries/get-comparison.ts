import 'server-only';
import type { Comparison, Misconception, Source } from '@/lib/content/types';
import { getContent } from '../content';

export type ComparisonView = {
  comparison: Comparison;
  sourcesById: Map<string, Source>;
  misconceptions: Misconception[];
};

/** A comparison from content/, with its sources resolved and its misconceptions, or null. */
export async function getComparison(id: string): Promise<ComparisonView | null> {
  const content = await getContent();
  const comparison = content.comparisons.find((c) => c.id === id);
  if (!comparison) return null;
  return {
    comparison,
    sourcesById: new Map(content.sources.map((s) => [s.id, s])),
    misconceptions: content.misconceptions.filter((m) => m.comparison === id),
  };
}
