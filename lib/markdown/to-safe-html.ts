import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import { GFM_OPTIONS } from './gfm-options';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Html, Root } from 'mdast';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** HTML that came out of {@link markdownToSafeHtml}: the only HTML the UI may inject. */
export type SafeHtml = string & { readonly __safeHtml: true };

const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** Raw HTML in Markdown (`<script>`, `<img onerror>`) is shown as the text the author typed, never interpreted. */
function rawHtmlAsText() {
  return (tree: Root) => {
    visit(tree, 'html', (node: Html, index, parent) => {
      if (!parent || index === undefined) return;
      const text = { type: 'text' as const, value: node.value };
      // A block of HTML becomes a paragraph of text; inline HTML stays inline.
      parent.children[index] = FLOW_PARENTS.has(parent.type) ? { type: 'paragraph', children: [text] } : text;
    });
  };
}

const processor = unified()
  .use(remarkParse)
  // `~` is "about" in prices ("~$259 … ~$16"); only `~~x~~` strikes text out (issue 15).
  .use(remarkGfm, GFM_OPTIONS)
  .use(rawHtmlAsText)
  .use(remarkRehype)
  // Defence in depth: GitHub's allow-list also drops javascript: links and event attributes.
  .use(rehypeSanitize)
  .use(rehypeStringify)
  .freeze();

// Card and quiz text repeats on every queue fetch, so rendered HTML is memoised (bounded, oldest first out).
const CACHE_LIMIT = 5000;
const cache = new Map<string, SafeHtml>();

/** Renders Markdown (GFM) to sanitised HTML. Pure and deterministic; safe to memoise. */
export function markdownToSafeHtml(markdown: string): SafeHtml {
  const cached = cache.get(markdown);
  if (cached !== undefined) return cached;
  const html = String(processor.processSync(markdown)) as SafeHtml;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(markdown, html);
  return html;
}
