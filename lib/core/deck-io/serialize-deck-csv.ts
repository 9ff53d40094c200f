import Papa from 'papaparse';
import { spreadsheetSafeCell } from '../csv/spreadsheet-safe-cell';
import { CSV_COLUMNS, type DeckIoCard } from './types';

/**
 * Cards as CSV (RFC 4180, comma-separated, header row): id, front, back, explanation, tags
 * (space-separated). Text is written as is — Markdown included — except that a cell a
 * spreadsheet would run as a formula (or one starting with an apostrophe) gets a leading
 * apostrophe (spreadsheetSafeCell); parseDeckCsv takes it off, so importing the file gives the
 * same cards back.
 */
export function serializeDeckCsv(cards: readonly DeckIoCard[]): string {
  return Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: cards.map((c) => [
        c.id ?? '',
        spreadsheetSafeCell(c.front),
        spreadsheetSafeCell(c.back),
        c.explanation === null ? '' : spreadsheetSafeCell(c.explanation),
        c.tags.join(' '),
      ]),
    },
    { newline: '\r\n', header: true },
  );
}
