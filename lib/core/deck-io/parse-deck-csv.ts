import Papa from 'papaparse';
import { IdSchema } from '@/lib/core/content/schema';
import { restoreSpreadsheetCell } from '../csv/spreadsheet-safe-cell';
import { checkCardLimits } from './check-card-limits';
import { findDuplicateIds } from './find-duplicate-ids';
import {
  CSV_COLUMNS,
  IMPORT_LIMITS,
  type CsvColumn,
  type ParsedCard,
  type ParsedDeckCsv,
  type RowError,
} from './types';

type RawRow = { cells: string[]; line: number; errors: string[] };

const isColumn = (name: string): name is CsvColumn => (CSV_COLUMNS as readonly string[]).includes(name);

/**
 * Parses cards from CSV: a header row naming the columns (front and back required; id,
 * explanation and tags optional; any order), then one card per row. Every problem is reported
 * with the line the row starts on and the column (`line 4: back: required`); blank lines are
 * skipped. Tags are separated by spaces, commas or semicolons. In the text columns (front, back,
 * explanation) one leading apostrophe is the spreadsheet's "this is text" marker that the export
 * adds (spreadsheetSafeCell) and is taken off; to start a text with an apostrophe, write two.
 */
export function parseDeckCsv(text: string): ParsedDeckCsv {
  if (text.length > IMPORT_LIMITS.maxChars) {
    return {
      ok: false,
      errors: [
        { line: null, field: '(file)', message: `the file must be at most ${IMPORT_LIMITS.maxChars} characters` },
      ],
    };
  }
  const rows = readRows(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const headerRow = rows.find((r) => !isBlank(r.cells));
  if (!headerRow) return { ok: false, errors: [{ line: null, field: '(file)', message: 'the file is empty' }] };

  const errors: RowError[] = [];
  const header = headerRow.cells.map((c) => c.trim().toLowerCase());
  const columns: CsvColumn[] = [];
  header.forEach((name, i) => {
    if (!isColumn(name)) {
      errors.push({
        line: headerRow.line,
        field: name || `column ${i + 1}`,
        message: `unknown column (use ${CSV_COLUMNS.join(', ')})`,
      });
    } else if (columns.includes(name)) {
      errors.push({ line: headerRow.line, field: name, message: 'duplicate column' });
    } else {
      columns.push(name);
    }
  });
  for (const required of ['front', 'back'] as const) {
    if (!header.includes(required))
      errors.push({ line: headerRow.line, field: required, message: 'required column is missing' });
  }
  if (errors.length > 0) return { ok: false, errors };

  const body = rows.filter((r) => r.line > headerRow.line && !isBlank(r.cells));
  if (body.length > IMPORT_LIMITS.maxCards) {
    return {
      ok: false,
      errors: [{ line: null, field: '(file)', message: `at most ${IMPORT_LIMITS.maxCards} cards per import` }],
    };
  }
  const cards: ParsedCard[] = [];
  for (const row of body) {
    const rowErrors: RowError[] = row.errors.map((message) => ({ line: row.line, field: '(row)', message }));
    if (row.errors.length === 0 && row.cells.length !== header.length) {
      rowErrors.push({
        line: row.line,
        field: '(row)',
        message: `expected ${header.length} fields, found ${row.cells.length}`,
      });
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    const cell = (name: CsvColumn): string => {
      const index = header.indexOf(name);
      return index < 0 ? '' : (row.cells[index] ?? '').trim();
    };
    const fail = (field: string, message: string) => rowErrors.push({ line: row.line, field, message });

    const id = cell('id');
    if (id && !IdSchema.safeParse(id).success)
      fail('id', 'must be a lower-case kebab-case id (dots allowed between parts)');
    const textCell = (name: 'front' | 'back' | 'explanation') => restoreSpreadsheetCell(cell(name));
    const front = textCell('front');
    if (!front) fail('front', 'required');
    const back = textCell('back');
    if (!back) fail('back', 'required');
    const tags = cell('tags')
      .split(/[\s,;]+/)
      .filter(Boolean);
    for (const tag of tags) {
      if (!IdSchema.safeParse(tag).success) fail('tags', `"${tag}" must be a lower-case kebab-case id`);
    }
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    cards.push({
      id: id || null,
      front,
      back,
      explanation: textCell('explanation') || null,
      tags: [...new Set(tags)],
      comparison: null,
      dimension: null,
      misconception: null,
      sources: [],
      origin: { line: row.line, path: '', fieldLines: {} },
    });
  }
  errors.push(...checkCardLimits(cards), ...findDuplicateIds(cards));
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  return { ok: true, columns, cards };
}

/** Every record with the line it starts on (a quoted field may span several lines). */
function readRows(text: string): RawRow[] {
  const rows: RawRow[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    skipEmptyLines: false,
    step(result) {
      rows.push({ cells: result.data, line, errors: result.errors.map(describePapaError) });
      const end = result.meta.cursor;
      for (let i = start; i < end && i < text.length; i++) if (text[i] === '\n') line += 1;
      start = end;
    },
  });
  return rows;
}

function describePapaError(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return 'a quoted field is not closed (missing ")';
  if (error.code === 'InvalidQuotes') return 'a quote inside a field must be doubled ("")';
  return error.message;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
