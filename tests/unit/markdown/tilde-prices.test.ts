/**
 * Issue 15: a pair of single `~` in prices ("~$259 … ~$900") rendered as strikethrough on the traps,
 * misconceptions, deck and review screens. Every screen renders content through `markdownToSafeHtml`,
 * so the renderer is where single-tilde strikethrough is turned off; these tests use the real content.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';
import type { ContentBundle } from '@/lib/core/content/types';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');
const STRIKE = /<(del|s)\b/i;
let bundle: ContentBundle;

beforeAll(async () => {
  const result = await loadContent(CONTENT);
  if (!result.ok) throw new Error(`content/ is invalid:\n${result.errors.join('\n')}`);
  bundle = result.content;
});

/** Every string anywhere in the content bundle. */
function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) allStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) allStrings(item, out);
  return out;
}

const tildes = (text: string) => text.split('~').length - 1;

describe('single tildes in real content stay tildes', () => {
  it('the pay-per-use-is-cheaper correction (two "~" figures) renders with its tildes and no strikethrough', () => {
    const correction = bundle.misconceptions.find((m) => m.id === 'pay-per-use-is-cheaper')?.correction;
    expect(correction).toBeDefined();
    // The test is only meaningful while the real text has a pair of single tildes.
    expect(tildes(correction!)).toBeGreaterThanOrEqual(2);
    const html = markdownToSafeHtml(correction!);
    expect(html).not.toMatch(STRIKE);
    expect(tildes(html)).toBe(tildes(correction!));
    expect(html).toContain('~$16 a month');
  });

  it('the issue’s own example "~$259 … ~$900" is not struck through', () => {
    const html = markdownToSafeHtml('roughly ~$259/month on an HTTP API and ~$900 on a REST API');
    expect(html).toBe('<p>roughly ~$259/month on an HTTP API and ~$900 on a REST API</p>');
  });

  it('no content text with single tildes renders strikethrough anywhere', () => {
    const withTilde = allStrings(bundle).filter((text) => text.includes('~') && !text.includes('~~'));
    expect(withTilde.length).toBeGreaterThan(0);
    const struck = withTilde.filter((text) => STRIKE.test(markdownToSafeHtml(text)));
    expect(struck).toEqual([]);
  });

  it('an author can still strike text out on purpose with a double tilde', () => {
    expect(markdownToSafeHtml('~~old price~~ new price')).toBe('<p><del>old price</del> new price</p>');
  });
});
