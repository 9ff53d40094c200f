import 'server-only';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';

/**
 * An Anki field's HTML as the Markdown a Delight card holds (ADR 030). The HTML is read into a
 * syntax tree (hast), cleaned by the project's sanitiser (rehype-sanitize, GitHub's allow-list:
 * scripts, event handlers and javascript: links go) and written out as Markdown: blocks and `<br>`
 * become line breaks, bold/italic/code/links stay, images are dropped (the import notes them), and
 * everything else keeps its text. Markdown characters in the text are escaped, so the card shows
 * what Anki showed. The result is rendered, like every card, by lib/markdown's one sanitising renderer.
 */

/** Elements whose content is never text: dropped with it. */
const DROP = new Set([
  'script',
  'style',
  'head',
  'title',
  'template',
  'object',
  'iframe',
  'svg',
  'math',
  'audio',
  'video',
]);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'cloze',
]);

/** Removes the elements whose content is never text (scripts, styles, media), content and all. */
function dropNonText(parent: Root | Element): void {
  parent.children = parent.children.filter(
    (child) => child.type !== 'element' || !DROP.has(child.tagName),
  ) as typeof parent.children;
  for (const child of parent.children) if (child.type === 'element') dropNonText(child);
}

/** A spec-compliant HTML parser (parse5, through rehype-parse): fields are fragments, often malformed. */
const parser = unified().use(rehypeParse, { fragment: true }).freeze();

function parseHtml(html: string): Root {
  const tree = parser.parse(html);
  dropNonText(tree);
  return tree;
}

const sanitizer = unified().use(rehypeSanitize).freeze();

const escapeText = (text: string) => text.replace(/[\\`*_[\]<>~|#]/g, (c) => `\\${c}`);

const MARK: Record<string, string> = { b: '**', strong: '**', i: '*', em: '*' };

function toMarkdown(nodes: readonly (ElementContent | RootContent)[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(escapeText(node.value.replace(/\s+/g, ' ')));
    } else if (node.type === 'element') {
      const tag = node.tagName;
      if (tag === 'br') {
        out.push('\\\n');
      } else if (tag === 'img') {
        continue;
      } else if (tag in MARK || tag === 'code') {
        const inner: string[] = [];
        toMarkdown(node.children, inner);
        const text = inner.join('');
        const mark = tag === 'code' ? '`' : MARK[tag]!;
        // Markdown emphasis can't start or end with a space: keep the spaces outside the marks.
        const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
        out.push(
          m[2] === '' ? text : `${m[1]}${mark}${tag === 'code' ? m[2]!.replace(/\\(.)/g, '$1') : m[2]}${mark}${m[3]}`,
        );
      } else if (
        tag === 'a' &&
        typeof node.properties.href === 'string' &&
        /^https?:\/\//i.test(node.properties.href)
      ) {
        const inner: string[] = [];
        toMarkdown(node.children, inner);
        const text = inner.join('').trim();
        out.push(text === '' ? '' : `[${text}](<${node.properties.href.replace(/[<>\s]/g, encodeURIComponent)}>)`);
      } else if (BLOCK.has(tag)) {
        out.push('\n\n');
        if (tag === 'li') out.push('- ');
        toMarkdown(node.children, out);
        out.push('\n\n');
      } else {
        toMarkdown(node.children, out);
      }
    }
  }
}

/** Markdown for an Anki field's (or rendered template's) HTML; '' when it holds no text. */
export function ankiHtmlToMarkdown(html: string): string {
  const tree = sanitizer.runSync(parseHtml(html)) as Root;
  const out: string[] = [];
  toMarkdown(tree.children, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+/, '').replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/(?:\\\n)+(?=\n|$)/g, '\n') // a break that ends a block adds nothing
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^(?:\\\n|\s)+/, '')
    .trim();
}
