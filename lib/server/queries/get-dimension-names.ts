import 'server-only';
import { getContent } from '../content';

/** Every comparison dimension's name by its id ("rate-limiting" → "Rate limiting"), in content order. */
export async function getDimensionNames(): Promise<Record<string, string>> {
  const content = await getContent();
  return Object.fromEntries(content.comparisons.flatMap((c) => c.dimensions.map((d) => [d.id, d.name])));
}
