import 'server-only';
import { getContent } from '../content';

export type LibrarySummary = {
  comparisons: { id: string; title: string; dimensionCount: number }[];
  misconceptionCount: number;
};

/** What the reference library holds: its comparisons and how many misconceptions it corrects. */
export async function getLibrarySummary(): Promise<LibrarySummary> {
  const content = await getContent();
  return {
    comparisons: content.comparisons.map((c) => ({ id: c.id, title: c.title, dimensionCount: c.dimensions.length })),
    misconceptionCount: content.misconceptions.length,
  };
}
