import 'server-only';
import type { Element, ElementContent, Root, RootContent } from 'hast';
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

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source', 'col', 'area', 'embed', 'track']);
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

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  times: '×',
  divide: '÷',
  plusmn: '±',
  larr: '←',
  rarr: '→',
  uarr: '↑',
  darr: '↓',
  harr: '↔',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  shy: '',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\uFFFD';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function readAttributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of source.matchAll(/([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    out[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<|[^<]+/g;

/** HTML (a fragment, maybe malformed, as fields are) into a hast tree; unclosed elements close at the end. */
function parseHtml(html: string): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: { node: Root | Element; tag: string }[] = [{ node: root, tag: '' }];
  let dropDepth = 0;
  let dropTag = '';
  for (const m of html.matchAll(TOKEN)) {
    const [whole, closing, rawTag, attrs] = m;
    if (whole.startsWith('<!--')) continue;
    const top = stack.at(-1)!.node;
    if (rawTag === undefined) {
      if (dropDepth === 0) top.children.push({ type: 'text', value: decodeEntities(whole) });
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (dropDepth > 0) {
      if (tag === dropTag) dropDepth += closing ? -1 : 1;
      continue;
    }
    if (DROP.has(tag)) {
      if (!closing && !whole.endsWith('/>')) {
        dropDepth = 1;
        dropTag = tag;
      }
      continue;
    }
    if (closing) {
      const at = stack.findLastIndex((s) => s.tag === tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const a = readAttributes(attrs ?? '');
    const element: Element = {
      type: 'element',
      tagName: tag,
      properties: tag === 'a' && a.href ? { href: a.href } : {},
      children: [],
    };
    (top.children as RootContent[]).push(element);
    if (!VOID.has(tag) && !whole.endsWith('/>')) stack.push({ node: element, tag });
  }
  return root;
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
