import type { RowError } from '@/lib/core/deck-io/types';
import type { ImportPreview } from '@/lib/server/instructor/import-result';
import type { ImportDeckInput } from '@/lib/server/instructor/instructor-input';
import type { ImportReport } from '@/lib/server/mutations/apply-deck-import';

export type ImportFormat = ImportDeckInput['format'];
export type ImportMode = ImportDeckInput['mode'];

/** The import panel's state: the file and choices, and the outcome of the last preview or import. */
export type DeckImportState = {
  format: ImportFormat;
  mode: ImportMode;
  text: string;
  title: string;
  fileName: string | null;
  preview: ImportPreview | null;
  /** The failure's message and, for an invalid file, every problem by line and field. */
  failure: { message: string; errors: RowError[] } | null;
  done: string | null;
};

export type DeckImportEvent =
  | { type: 'format'; format: ImportFormat }
  | { type: 'mode'; mode: ImportMode }
  | { type: 'text'; text: string }
  | { type: 'title'; title: string }
  /** A new preview or file is on its way: the last outcome no longer holds. */
  | { type: 'cleared' }
  | { type: 'file-read'; name: string; text: string }
  | { type: 'previewed'; preview: ImportPreview }
  | { type: 'failed'; message: string; errors: RowError[] }
  | { type: 'imported'; report: ImportReport };

export const INITIAL_IMPORT_STATE: DeckImportState = {
  format: 'yaml',
  mode: 'merge',
  text: '',
  title: '',
  fileName: null,
  preview: null,
  failure: null,
  done: null,
};

const OUTCOME_CLEARED = { preview: null, failure: null, done: null } as const;

/** The format a file's name says it is in, or null (then the chosen format stays). */
export function formatFromFileName(name: string): ImportFormat | null {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  return null;
}

/**
 * The next state. Changing the file, its format or the mode drops the last preview, since it no
 * longer describes what an import would do; the new deck's title is only sent, not previewed.
 */
export function deckImportReducer(state: DeckImportState, event: DeckImportEvent): DeckImportState {
  switch (event.type) {
    case 'format':
      return { ...state, ...OUTCOME_CLEARED, format: event.format };
    case 'mode':
      return { ...state, ...OUTCOME_CLEARED, mode: event.mode };
    case 'text':
      return { ...state, ...OUTCOME_CLEARED, text: event.text };
    case 'title':
      return { ...state, title: event.title };
    case 'cleared':
      return { ...state, ...OUTCOME_CLEARED };
    case 'file-read':
      return {
        ...state,
        ...OUTCOME_CLEARED,
        fileName: event.name,
        format: formatFromFileName(event.name) ?? state.format,
        text: event.text,
      };
    case 'previewed':
      return { ...state, ...OUTCOME_CLEARED, preview: event.preview };
    case 'failed':
      return { ...state, ...OUTCOME_CLEARED, failure: { message: event.message, errors: event.errors } };
    case 'imported': {
      const r = event.report;
      return {
        ...state,
        ...OUTCOME_CLEARED,
        done: `Imported: ${r.created} new, ${r.updated} updated, ${r.added} library cards added, ${r.removed} removed.`,
      };
    }
  }
}

/** What the preview and import actions are sent: a title only for a new deck from CSV (YAML carries its own). */
export function importInput(state: DeckImportState, deckId: string | null): ImportDeckInput {
  const { format, mode, text, title } = state;
  return { deckId, format, mode, text, ...(deckId === null && format === 'csv' && title.trim() ? { title } : {}) };
}

/** The preview's rows counted as the summary line states them. */
export function countPreview(preview: ImportPreview) {
  const count = (test: (action: ImportPreview['rows'][number]['action']) => boolean) =>
    preview.rows.filter((r) => test(r.action)).length;
  return {
    new: count((a) => a === 'new'),
    update: count((a) => a === 'update' || a === 'restore'),
    library: count((a) => a === 'library-add'),
    removed: preview.removals.length,
  };
}

/** Where a problem is: "Line 4, front", or "File, title" for the file as a whole. */
export const describeErrorPlace = (e: RowError, lineLabel: 'Line' | 'Note' = 'Line') =>
  `${e.line === null ? 'File' : `${lineLabel} ${e.line}`}, ${e.field}`;
