import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import { GFM_OPTIONS } from './gfm-options';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// The same Markdown dialect as markdownToSafeHtml (GFM), so text and HTML come from one reading of the source.
const parser = unified().use(remarkParse).use(remarkGfm, GFM_OPTIONS).freeze();

const BLOCKS = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'list',
  'listItem',
  'code',
  'table',
  'tableRow',
  'tableCell',
  'thematicBreak',
]);

/** The words of a node: inline markup dropped, code and raw HTML kept as typed, images by their alt text. */
function textOf(node: Nodes, out: string[]): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
    case 'html':
      out.push(node.value);
      return;
    case 'image':
    case 'imageReference':
      out.push(node.alt ?? '');
      return;
    case 'break':
      out.push(' ');
      return;
    default:
      if ('children' in node) {
        for (const child of node.children) {
          textOf(child, out);
          if (BLOCKS.has(child.type)) out.push(' ');
        }
      }
  }
}

/**
 * Markdown (GFM) as one line of plain text — emphasis, links and code marks dropped, blocks and line
 * breaks become single spaces — for places that show no HTML, such as CSV downloads.
 */
export function markdownToPlainText(markdown: string): string {
  const out: string[] = [];
  textOf(parser.parse(markdown) as Root, out);
  return out.join('').replace(/\s+/g, ' ').trim();
}
