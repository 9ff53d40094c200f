import Papa from 'papaparse';
import { CSV_COLUMNS, type DeckIoCard } from './types';

/**
 * Cards as CSV (RFC 4180, comma-separated, header row): id, front, back, explanation, tags
 * (space-separated). Text is written as is — Markdown included — so importing the file gives
 * the same cards back.
 */
export function serializeDeckCsv(cards: readonly DeckIoCard[]): string {
  return Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: cards.map((c) => [c.id ?? '', c.front, c.back, c.explanation ?? '', c.tags.join(' ')]),
    },
    { newline: '\r\n', header: true },
  );
}
