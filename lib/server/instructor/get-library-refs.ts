import 'server-only';
import type { LibraryRefs } from '@/lib/core/deck-io/check-card-references';
import { getContent } from '../content';

/** The ids an instructor's card may refer to, from the content library. */
export async function getLibraryRefs(): Promise<LibraryRefs> {
  const content = await getContent();
  return {
    sources: new Set(content.sources.map((s) => s.id)),
    dimensions: new Map(content.comparisons.map((c) => [c.id, new Set(c.dimensions.map((d) => d.id))])),
    misconceptions: new Set(content.misconceptions.map((m) => m.id)),
  };
}
