/**
 * Splits an answer into sentences that are exact substrings of it (so feedback can quote
 * them verbatim). Blocks first: blank lines, Markdown list items and headings each start
 * a block; other line breaks inside a paragraph are just wrapping. Then sentences inside a
 * block: after . ! ? (and closing quotes, brackets or **) followed by a space and a capital,
 * digit or opening mark, unless the dot ends an abbreviation ("e.g.", "vs.", "approx.").
 * Numbers with units ("29 s.", "4,000 s.") end a sentence like any other word.
 */
import type { SentenceSpan } from './types';

const ABBREVIATIONS = new Set([
  'e.g',
  'eg',
  'i.e',
  'ie',
  'vs',
  'etc',
  'cf',
  'approx',
  'incl',
  'esp',
  'mr',
  'mrs',
  'ms',
  'dr',
  'no',
  'fig',
  'al',
  'a.k.a',
  'aka',
  'est',
  'min',
  'max',
  'sec',
  'e.g.,',
  'u.s',
  'st',
  'jr',
  'sr',
  'resp',
  'viz',
]);
const LIST_MARKER = /^(\s*)(?:[-*+\u2022]|\d{1,3}[.)])\s+/;
const HEADING = /^(\s*)#{1,6}\s+/;
const BOLD_LINE = /^\s*(\*\*|__)[^*_].*\1[.:]?\s*$/;

type Block = { start: number; end: number; listItem: boolean; heading: boolean; afterBlankLine: boolean };

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let offset = 0;
  let blank = false;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') {
      current = undefined;
      blank = blocks.length > 0;
      continue;
    }
    const list = LIST_MARKER.exec(line);
    const heading = HEADING.exec(line);
    const bold = BOLD_LINE.test(line);
    const marker = list ?? heading;
    const contentStart = lineStart + (marker ? marker[0].length : line.length - line.trimStart().length);
    const lineEnd = lineStart + line.trimEnd().length;
    const startsBlock = current === undefined || list !== null || heading !== null || bold || current.heading;
    if (startsBlock) {
      current = {
        start: contentStart,
        end: lineEnd,
        listItem: list !== null,
        heading: heading !== null || bold,
        afterBlankLine: blank,
      };
      blocks.push(current);
      blank = false;
    } else if (current !== undefined) {
      current.end = lineEnd;
    }
  }
  return blocks;
}

function endsWithAbbreviation(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && /[A-Za-z.]/.test(text[k] ?? '')) k--;
  const word = text.slice(k + 1, dot).toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  return /^[a-z]$/i.test(word) && /[A-Z]/.test(word) && text[dot - 2] === '.'; // U.S.
}

export function splitSentences(answer: string): SentenceSpan[] {
  const text = answer.replace(/\r\n?/g, '\n');
  const out: SentenceSpan[] = [];
  const blocks = blocksOf(text);
  blocks.forEach((block, blockIndex) => {
    const push = (start: number, end: number): void => {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s] ?? '')) s++;
      while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
      if (e > s && /[A-Za-z0-9]/.test(text.slice(s, e))) {
        out.push({
          text: text.slice(s, e),
          start: s,
          end: e,
          block: blockIndex,
          listItem: block.listItem,
          heading: block.heading,
          afterBlankLine: block.afterBlankLine && s === block.start,
        });
      }
    };
    let sentenceStart = block.start;
    for (let i = block.start; i < block.end; i++) {
      const ch = text[i];
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let j = i + 1;
      while (j < block.end && /[.!?]/.test(text[j] ?? '')) j++;
      while (j < block.end && /["')\]*_\u201d\u2019]/.test(text[j] ?? '')) j++;
      if (j >= block.end) break;
      if (!/\s/.test(text[j] ?? '')) continue;
      let k = j;
      while (k < block.end && /\s/.test(text[k] ?? '')) k++;
      const next = text[k] ?? '';
      if (!/[A-Z0-9"'(\[*_\u201c\u2018$~#>-]/.test(next)) continue;
      if (ch === '.' && endsWithAbbreviation(text, i)) continue;
      push(sentenceStart, j);
      sentenceStart = k;
      i = k - 1;
    }
    push(sentenceStart, block.end);
  });
  return out;
}
