import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';

/** Real tags in the output (text `<` is always escaped, so a literal `<` starts a tag). */
const tagsOf = (html: string) => html.match(/<[a-z][^>]*>/gi) ?? [];
/** What must never reach the page: elements that run script, handler attributes, script URLs. */
const DANGEROUS_TAG = /^<(script|iframe|object|embed|svg|style|form|input)\b|\son[a-z]+\s*=|(href|src)\s*=\s*["']?\s*(javascript|data|vbscript):/i;
const dangerousTags = (html: string) => tagsOf(html).filter((tag) => DANGEROUS_TAG.test(tag));

describe('markdownToSafeHtml', () => {
  it('renders GitHub-flavoured Markdown', () => {
    expect(markdownToSafeHtml('**ALB** has `OIDC`')).toBe('<p><strong>ALB</strong> has <code>OIDC</code></p>');
    expect(markdownToSafeHtml('| a | b |\n|---|---|\n| 1 | 2 |')).toContain('<td>2</td>');
    expect(markdownToSafeHtml('- one\n- two')).toContain('<li>two</li>');
    expect(markdownToSafeHtml('[docs](https://docs.aws.amazon.com/)')).toBe('<p><a href="https://docs.aws.amazon.com/">docs</a></p>');
  });

  it('shows raw HTML as the text the author typed, block or inline', () => {
    expect(markdownToSafeHtml('<script>alert(1)</script>')).toBe('<p>&#x3C;script>alert(1)&#x3C;/script></p>');
    expect(markdownToSafeHtml('see <img src=x onerror=alert(1)> here')).toBe('<p>see &#x3C;img src=x onerror=alert(1)> here</p>');
    expect(markdownToSafeHtml('> <iframe src="//evil"></iframe>')).toContain('&#x3C;iframe');
  });

  it('drops script URLs from links but keeps the link text', () => {
    expect(markdownToSafeHtml('[x](javascript:alert(1))')).toBe('<p><a>x</a></p>');
    expect(markdownToSafeHtml('![x](javascript:alert(1))')).toBe('<p><img alt="x"></p>');
  });

  it('never emits script-capable markup, whatever the input', () => {
    const fragments = ['<script>', '</script>', '<img src=x onerror=a()>', '[a](javascript:b)', '<a href="javascript:c">', '**', '`', '\n\n', '> ', '- ', '<svg onload=d()>', 'text'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string()), { maxLength: 12 }), (parts) => {
        expect(dangerousTags(markdownToSafeHtml(parts.join('')))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the safety check itself spots dangerous markup', () => {
    expect(dangerousTags('<p><img src=x onerror=a()></p><a href="javascript:b">')).toHaveLength(2);
    expect(dangerousTags('<p>&#x3C;img src=x onerror=a()></p>')).toEqual([]);
  });

  it('returns the same HTML for the same Markdown (memoised)', () => {
    const source = `*cached* ${Math.random()}`;
    expect(markdownToSafeHtml(source)).toBe(markdownToSafeHtml(source));
  });
});
