import { describe, expect, it } from 'vitest';
import {
  countPreview,
  deckImportReducer,
  describeErrorPlace,
  formatFromFileName,
  importInput,
  INITIAL_IMPORT_STATE,
  type DeckImportEvent,
  type DeckImportState,
} from '@/app/(instructor)/instructor/decks/_components/deck-import-state';
import type { ImportPreview } from '@/lib/server/instructor/import-result';

const preview: ImportPreview = {
  newDeck: false,
  title: 'Deck',
  description: '',
  titleChanged: false,
  descriptionChanged: false,
  rows: [
    { line: 2, id: null, front: 'a', action: 'new', changed: [] },
    { line: 3, id: 'x', front: 'b', action: 'update', changed: ['back'] },
    { line: 4, id: 'y', front: 'c', action: 'restore', changed: [] },
    { line: 5, id: 'z', front: 'd', action: 'library-add', changed: [] },
    { line: 6, id: 'w', front: 'e', action: 'unchanged', changed: [] },
  ],
  removals: [{ id: 'old', front: 'f', own: true }],
  warnings: [],
};

const run = (events: DeckImportEvent[], from: DeckImportState = INITIAL_IMPORT_STATE) =>
  events.reduce(deckImportReducer, from);

describe('deck import panel state', () => {
  it.each([
    ['deck.csv', 'csv'],
    ['DECK.CSV', 'csv'],
    ['deck.yaml', 'yaml'],
    ['deck.yml', 'yaml'],
    ['deck.txt', null],
  ])('reads the format of %s from its name', (name, format) => {
    expect(formatFromFileName(name)).toBe(format);
  });

  it('takes a file: its name, its text and the format its name says; an unknown ending keeps the chosen format', () => {
    const csv = run([{ type: 'file-read', name: 'cards.csv', text: 'front,back' }]);
    expect(csv).toMatchObject({ fileName: 'cards.csv', text: 'front,back', format: 'csv' });
    const txt = run([
      { type: 'format', format: 'csv' },
      { type: 'file-read', name: 'cards.txt', text: 'x' },
    ]);
    expect(txt.format).toBe('csv');
  });

  it.each<DeckImportEvent>([
    { type: 'format', format: 'csv' },
    { type: 'mode', mode: 'replace' },
    { type: 'text', text: 'edited' },
    { type: 'cleared' },
  ])('drops the last preview when the input changes ($type)', (event) => {
    const previewed = run([
      { type: 'text', text: 'x' },
      { type: 'previewed', preview },
    ]);
    expect(previewed.preview).toBe(preview);
    expect(deckImportReducer(previewed, event).preview).toBeNull();
  });

  it('keeps the preview when only the new deck’s title changes', () => {
    const previewed = run([
      { type: 'previewed', preview },
      { type: 'title', title: 'New' },
    ]);
    expect(previewed).toMatchObject({ preview, title: 'New' });
  });

  it('a failure replaces the preview with its message and every problem', () => {
    const errors = [{ line: 3, field: 'front', message: 'Required' }];
    const failed = run([
      { type: 'previewed', preview },
      { type: 'failed', message: 'The file has 1 problem.', errors },
    ]);
    expect(failed).toMatchObject({ preview: null, failure: { message: 'The file has 1 problem.', errors } });
  });

  it('an import reports its counts and ends the preview', () => {
    const done = run([
      { type: 'previewed', preview },
      { type: 'imported', report: { deckId: 'd1', created: 2, updated: 1, added: 3, removed: 0 } },
    ]);
    expect(done.preview).toBeNull();
    expect(done.done).toBe('Imported: 2 new, 1 updated, 3 library cards added, 0 removed.');
  });

  it('sends a title only for a new deck from CSV, and only when one is written', () => {
    const csv = run([
      { type: 'format', format: 'csv' },
      { type: 'text', text: 't' },
      { type: 'title', title: 'Mine' },
    ]);
    expect(importInput(csv, null)).toEqual({ deckId: null, format: 'csv', mode: 'merge', text: 't', title: 'Mine' });
    expect(importInput(csv, 'deck-1')).not.toHaveProperty('title');
    expect(importInput(run([{ type: 'title', title: 'Mine' }]), null)).not.toHaveProperty('title');
    expect(
      importInput(
        run([
          { type: 'format', format: 'csv' },
          { type: 'title', title: '  ' },
        ]),
        null,
      ),
    ).not.toHaveProperty('title');
  });

  it('counts restores as updates and library cards apart, as the summary states them', () => {
    expect(countPreview(preview)).toEqual({ new: 1, update: 2, library: 1, removed: 1 });
  });

  it('names a problem’s place by line, or the file as a whole', () => {
    expect(describeErrorPlace({ line: 4, field: 'front', message: '' })).toBe('Line 4, front');
    expect(describeErrorPlace({ line: null, field: 'title', message: '' })).toBe('File, title');
  });
});
