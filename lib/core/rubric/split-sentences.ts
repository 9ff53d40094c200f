/**
 * Splits an answer into sentences that are exact substrings of it (so feedback can quote
 * them verbatim). Blocks first: blank lines, Markdown list items and headings each start
 * a block; other line breaks inside a paragraph are just wrapping. Then sentences inside a
 * block: after . ! ? (and closing quotes, brackets or **) followed by a space and a capital,
 * digit or opening mark, unless the dot ends an abbreviation ("e.g.", "vs.", "approx.").
 * Numbers with units ("29 s.", "4,000 s.") end a sentence like any other word.
 *
 * A Markdown table is read cell by cell: each body cell becomes a sentence that quotes its row
 * and reads as "<column header>: <row header> is <cell>" (or "<row header>: <column header> is <cell>"
 * when the rows are the options compared), with ✓ / ✗ / yes / no / none / — read as the
 * feature held or not. Under a compound header ("Validation / transforms") a cell is read alone. So "| WebSockets | ✓ | ✗ |" under "| | API Gateway | ALB |" says "ALB: no WebSockets".
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
/** "- ", "* ", "1. ", and a symbol used as a bullet ("✅ ", "☐ ", "➤ ", "→ "): each starts a list item. */
const LIST_MARKER = /^(\s*)(?:[-*+\u2022\u2192]|\d{1,3}[.)]|\p{So}\uFE0F?)\s+/u;
const HEADING = /^(\s*)#{1,6}\s+/;
const BOLD_LINE = /^\s*(\*\*|__)[^*_].*\1[.:]?\s*$/;

type Block = { start: number; end: number; listItem: boolean; heading: boolean; afterBlankLine: boolean };

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/;
/** A first header cell like these says the rows are the options compared ("| Service | Auth | Timeout |"). */
const ROWS_ARE_OPTIONS = /^(?:service|services|option|options|product|choice|component|tool|front door)$/i;
const YES = /^(?:yes|y|✓|✔|✔️|✅|supported|available)\.?$/i;
const NO = /^(?:no|n|nothing|✗|✘|❌|—|-|–|none|n\/a|not supported|unsupported|not available)\.?$/i;

/** The cells of a table row, without the outer pipes; `\|` stays inside a cell. */
function cellsOf(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim().replace(/^\*\*(.*)\*\*$/, '$1'));
}

/** A finite verb: a cell with one is a clause of its own, not a value of its row's feature. */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|has|have|does|do|can|cannot|can't|won't|must|should|doesn't|don't|isn't|aren't)\b/i;

/** "<topic>: <feature> <cell>", or "<topic>: no <feature> …" for a cell that says no. */
function cellReading(topic: string, feature: string, cell: string): string | null {
  if (cell === '' || topic === '') return null;
  if (YES.test(cell)) return `${topic}: ${feature}.`;
  if (NO.test(cell)) return `${topic}: no ${feature}.`;
  const no = /^(?:no|none|nothing|not|✗|❌)(?![\w-])[\s,;:(—-]*(.*)$/i.exec(cell);
  if (no) return `${topic}: no ${feature}${no[1] ? ` (${no[1]})` : ''}.`;
  const yes = /^(?:yes|✓|✔|✅)(?![\w-])[\s,;:(—-]*(.*)$/i.exec(cell);
  if (yes) return `${topic}: ${feature}${yes[1] ? ` (${yes[1]})` : ''}.`;
  // a compound header ("Request validation / transforms") need not hold as a whole, and a cell that is a clause
  // of its own ("API keys are identifiers, not credentials") says what it says: the cell speaks for itself
  if (/[/&,]|\band\b/i.test(feature) || CLAUSE_VERB.test(cell)) return `${topic}: ${cell}.`;
  // "is" keeps the cell in the feature's clause (its numbers count) without gluing the words
  // into another phrase: "Authentication is Cognito" is not "authenticate-cognito"
  return `${topic}: ${feature} is ${cell}.`;
}

/** Sentences of a Markdown table (header, separator, rows), one per body cell, quoting the row. */
function tableSentences(text: string, lines: { start: number; text: string }[], block: number): SentenceSpan[] {
  const header = cellsOf(lines[0]?.text ?? '');
  const rowsAreOptions = ROWS_ARE_OPTIONS.test(header[0] ?? '');
  const out: SentenceSpan[] = [];
  const span = (line: { start: number; text: string }, heading: boolean, reading?: string): SentenceSpan => {
    const lead = line.text.length - line.text.trimStart().length;
    const start = line.start + lead;
    const end = line.start + line.text.trimEnd().length;
    return {
      text: text.slice(start, end),
      start,
      end,
      block,
      listItem: false,
      heading,
      afterBlankLine: false,
      ...(reading !== undefined ? { reading } : {}),
    };
  };
  if (lines[0] !== undefined) out.push(span(lines[0], true));
  for (const line of lines.slice(2)) {
    const cells = cellsOf(line.text);
    const rowHeader = cells[0] ?? '';
    for (let c = 1; c < cells.length; c++) {
      const columnHeader = header[c] ?? '';
      const reading = rowsAreOptions
        ? cellReading(rowHeader, columnHeader, cells[c] ?? '')
        : cellReading(columnHeader, rowHeader, cells[c] ?? '');
      if (reading !== null) out.push(span(line, false, reading));
    }
  }
  return out;
}

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

/** "<label>: <value>", a cell that names its own column ("ALB: none"); not a URL or a time. */
const LABELLED = /^([^:|]{1,40}?)\s*:\s+(\S.*)$/;

/**
 * Sentences of a table row quoted without its header, whose cells name their own columns
 * ("Auth | APIGW: IAM, Cognito | ALB: none"): the first cell is the row header; each "<label>: <value>"
 * item of the other cells (a cell may hold several, split by ";") reads as it would under a column
 * headed <label>; an unlabelled cell reads as "<row header>: <cell>".
 */
function rowSentences(text: string, line: { start: number; text: string }, block: number): SentenceSpan[] {
  const cells = cellsOf(line.text);
  const rowHeader = cells[0] ?? '';
  const lead = line.text.length - line.text.trimStart().length;
  const start = line.start + lead;
  const end = line.start + line.text.trimEnd().length;
  const out: SentenceSpan[] = [];
  for (const cell of cells.slice(1)) {
    for (const item of cell.split(';').map((i) => i.trim())) {
      const labelled = LABELLED.exec(item);
      const reading = labelled
        ? cellReading((labelled[1] ?? '').trim(), rowHeader, (labelled[2] ?? '').trim())
        : item === ''
          ? null
          : `${rowHeader}: ${item}.`;
      if (reading !== null)
        out.push({
          text: text.slice(start, end),
          start,
          end,
          block,
          listItem: false,
          heading: false,
          afterBlankLine: false,
          reading,
        });
    }
  }
  return out;
}

/** A line of pipes outside a table whose cells (after the first) name their own columns. */
function isLabelledRow(line: string): boolean {
  const cells = cellsOf(line);
  return (
    line.includes('|') &&
    cells.length >= 2 &&
    (cells[0] ?? '') !== '' &&
    cells.slice(1).some((c) => c.split(';').some((i) => LABELLED.test(i.trim())))
  );
}

/** Markdown tables (a row of pipes, then a separator row) and where they are, in line order. */
type TableAt = { start: number; end: number; lines: { start: number; text: string }[]; row?: true };
function tablesOf(text: string): TableAt[] {
  const lines: { start: number; text: string }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: offset, text: line });
    offset += line.length + 1;
  }
  const tables: TableAt[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const head = lines[i];
    if (head === undefined || !head.text.includes('|') || !TABLE_SEPARATOR.test(lines[i + 1]?.text ?? '')) continue;
    let j = i + 2;
    while (j < lines.length && (TABLE_ROW.test(lines[j]?.text ?? '') || (lines[j]?.text ?? '').split('|').length >= 3))
      j++;
    const last = lines[j - 1];
    tables.push({ start: head.start, end: (last?.start ?? 0) + (last?.text.length ?? 0), lines: lines.slice(i, j) });
    i = j - 1;
  }
  // a row quoted on its own, with cells that say which column they are: one line, read like a table's row
  const rows = lines.filter(
    (l) => isLabelledRow(l.text) && !tables.some((t) => l.start >= t.start && l.start <= t.end),
  );
  for (const row of rows) tables.push({ start: row.start, end: row.start + row.text.length, lines: [row], row: true });
  return tables.sort((a, b) => a.start - b.start);
}

export function splitSentences(answer: string): SentenceSpan[] {
  const text = answer.replace(/\r\n?/g, '\n');
  const tables = tablesOf(text);
  if (tables.length > 0) {
    // the prose around tables is split as usual; each table is read cell by cell in its place
    const out: SentenceSpan[] = [];
    let from = 0;
    let blockBase = 0;
    const shift = (spans: SentenceSpan[], by: number): SentenceSpan[] =>
      spans.map((s) => ({ ...s, start: s.start + by, end: s.end + by, block: s.block + blockBase }));
    for (const table of tables) {
      const before = shift(splitProse(text.slice(from, table.start)), from);
      out.push(...before);
      blockBase = (out[out.length - 1]?.block ?? blockBase - 1) + 1;
      const first = table.lines[0];
      out.push(
        ...(table.row === true && first !== undefined
          ? rowSentences(text, first, blockBase)
          : tableSentences(text, table.lines, blockBase)),
      );
      blockBase++;
      from = table.end;
    }
    out.push(...shift(splitProse(text.slice(from)), from));
    return out;
  }
  return splitProse(text);
}

function splitProse(text: string): SentenceSpan[] {
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
      // (by character code: this looks at every character of the answer)
      const code = text.charCodeAt(i);
      if (code !== 46 && code !== 33 && code !== 63) continue;
      const ch = text[i];
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
