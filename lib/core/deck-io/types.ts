/**
 * Deck import/export (issue 7): the shapes shared by the YAML (content format) and CSV
 * serialisers and parsers. Pure types; the database and the content library are the
 * server's business.
 */

/** What a card says and what it links to: the same in content files, deck files and the deck builder. */
export type CardFields = {
  front: string;
  back: string;
  explanation: string | null;
  tags: string[];
  /** The card's own comparison, else its deck's default comparison. */
  comparison: string | null;
  dimension: string | null;
  misconception: string | null;
  /** Source ids from the content library's registry (content/sources). */
  sources: string[];
};

/** One card as it travels in a file. `id` null: a new card (an id is made when it is saved). */
export type DeckIoCard = CardFields & { id: string | null };

export type DeckIoDeck = { id: string; title: string; description: string; cards: DeckIoCard[] };

export const CARD_FIELDS = [
  'id',
  'front',
  'back',
  'explanation',
  'tags',
  'comparison',
  'dimension',
  'misconception',
  'sources',
] as const;
export type CardField = (typeof CARD_FIELDS)[number];

/** A problem in an imported file, naming the line (1-based; null when the whole file is at fault) and the field. */
export type RowError = { line: number | null; field: string; message: string };

/**
 * Where a parsed card sits in its file, so checks made later (by the server, against the
 * library) can still name the line and field: `path` prefixes field names (`cards[3]` in YAML,
 * empty in CSV where the field is the column name).
 */
export type CardOrigin = { line: number; path: string; fieldLines: Partial<Record<CardField, number>> };

export type ParsedCard = DeckIoCard & { origin: CardOrigin };

/** A `generate:` entry of a content deck file: cards derived from a comparison or its misconceptions. */
export type ParsedGenerate = { from: 'comparison' | 'misconceptions'; comparison: string; line: number; path: string };

export type ParsedDeckYaml =
  | {
      ok: true;
      deck: { id: string; title: string; description: string; generate: ParsedGenerate[]; cards: ParsedCard[] };
    }
  | { ok: false; errors: RowError[] };

/** CSV columns; `front` and `back` are required, the others optional. */
export const CSV_COLUMNS = ['id', 'front', 'back', 'explanation', 'tags'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export type ParsedDeckCsv =
  | {
      ok: true;
      /** The columns the file has: a column it lacks leaves that field of an updated card alone. */
      columns: CsvColumn[];
      cards: ParsedCard[];
    }
  | { ok: false; errors: RowError[] };

/** Limits that keep one import a reasonable size for a single request and transaction. */
export const IMPORT_LIMITS = { maxChars: 500_000, maxCards: 1000, maxFieldChars: 10_000, maxYamlAliases: 100 } as const;
