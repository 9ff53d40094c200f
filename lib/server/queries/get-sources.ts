import 'server-only';
import type { Source } from '@/lib/core/content/types';
import { getContent } from '../content';

/** The cited sources with these ids, by id (unknown ids are left out). */
export async function getSources(ids: Iterable<string>): Promise<Record<string, Source>> {
  const wanted = new Set(ids);
  const content = await getContent();
  return Object.fromEntries(content.sources.filter((s) => wanted.has(s.id)).map((s) => [s.id, s]));
}
