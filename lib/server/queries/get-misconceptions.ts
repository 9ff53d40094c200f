import 'server-only';
import type { Misconception, Source } from '@/lib/core/content/types';
import { getContent } from '../content';

export type MisconceptionView = Misconception & { dimensionName: string; sourceList: Source[] };

/** Every misconception in content/, with its dimension's name and its sources resolved. */
export async function getMisconceptions(): Promise<MisconceptionView[]> {
  const content = await getContent();
  const sources = new Map(content.sources.map((s) => [s.id, s]));
  const dimensionName = new Map(
    content.comparisons.flatMap((c) => c.dimensions.map((d) => [`${c.id}.${d.id}`, d.name] as const)),
  );
  return content.misconceptions.map((m) => ({
    ...m,
    dimensionName: dimensionName.get(`${m.comparison}.${m.dimension}`) ?? m.dimension,
    sourceList: m.sources.flatMap((id) => sources.get(id) ?? []),
  }));
}
