/** Issue 15: text learners read (rubric descriptions, cards, misconceptions…) never speaks of how content was made. */
import path from 'node:path';
import { expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) allStrings(item, out);
  return out;
}

it('no content text mentions "the seed" or "the fact sheet" (authoring notes, not words for learners)', async () => {
  const result = await loadContent(CONTENT);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  const offending = allStrings(result.content).filter((text) => /\bseed('s|’s)?\b|\bfact sheet\b/i.test(text));
  expect(offending).toEqual([]);
});
