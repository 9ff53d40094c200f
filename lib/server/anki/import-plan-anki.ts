import 'server-only';
import { createHash } from 'node:crypto';
import { ankiTagsToDelight, duplicateKey } from '@/lib/core/anki/import-card-id';
import { ANKI_IMPORT_LIMITS } from '@/lib/core/anki/import-limits';
import { mapAnkiCollection } from '@/lib/core/anki/import-map-collection';
import type { AnkiNoteProblem } from '@/lib/core/anki/import-types';
import type { RowError } from '@/lib/core/deck-io/types';
import { fail, type Failure } from '@/lib/core/errors/error-code';
import type { SessionUser } from '../auth';
import { db } from '../db';
import type { ImportPreview, ImportPreviewRow } from '../instructor/import-result';
import type { ImportEntry, ImportPlan } from '../instructor/plan-deck-import';
import { findEditableDeck, type EditableDeckKind } from '../permissions/find-editable-deck';
import { ankiHtmlToMarkdown } from './import-html-to-markdown';
import { readAnkiCollection } from './import-read-collection';
import { unpackAnkiPackage } from './import-unpack-package';

/** What the Anki preview adds to the deck import's: the package's own counts. */
export type AnkiImportSummary = {
  /** The collection file read: collection.anki2 / .anki21 (legacy) or .anki21b (zstd). */
  collection: string;
  notes: number;
  /** Cards in the package (Anki's cards table). */
  cards: number;
  /** Cards that would be created now. */
  newCards: number;
  /** Cards this deck already got from an earlier import of the same notes (skipped). */
  alreadyImported: number;
  /** Cards whose front matches a card already in the deck, or an earlier card of the package (skipped). */
  duplicates: number;
  /** Cards that can't be imported (listed, by note, with why). */
  errors: number;
  /** Notes whose media were dropped. */
  notesWithMedia: number;
  /** Review-log rows in the package: not imported (ADR 030). */
  reviewLogRows: number;
};

export type AnkiImportPreview = ImportPreview & { anki: AnkiImportSummary };

export type AnkiPlanResult =
  { ok: true; plan: ImportPlan; preview: AnkiImportPreview } | Failure<'not_found' | 'invalid_file'>;

const short = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/** The id a card gets from a note of a package in a deck: the same on every import, so a repeat adds nothing. */
function ankiCardId(deckId: string, guid: string, ord: number): string {
  return `i.anki-${createHash('sha256').update(`${deckId}\n${guid}\n${ord}`).digest('hex').slice(0, 24)}`;
}

const toRowError = (p: AnkiNoteProblem): RowError => ({ line: p.noteIndex, field: p.field, message: p.message });

/**
 * Works out, writing nothing, what importing an unpacked-to-be package into a deck would do
 * (ADR 030): the deck is one the actor may edit (`findEditableDeck`: an instructor's own deck, or
 * the learner's personal deck); the package is unpacked into `workDir` and read; each Anki card
 * becomes a Delight card (Markdown front and back, the note's tags) with an id derived from the
 * deck, the note's guid and the card's template/cloze number. Cards already imported, and
 * duplicates of a card in the deck or earlier in the package, are shown and skipped; cards that
 * can't be imported are listed by note and skipped. The plan is the deck import's, in merge mode,
 * so `applyDeckImport` writes it.
 */
export async function planAnkiImport(
  actor: SessionUser,
  target: { deckId: string; kind: EditableDeckKind },
  zipPath: string,
  workDir: string,
): Promise<AnkiPlanResult> {
  const deck = await findEditableDeck(actor, target.deckId, target.kind);
  if (!deck) return fail('not_found', 'No such deck.');

  const unpacked = unpackAnkiPackage(zipPath, workDir);
  if (!unpacked.ok) return unpacked;
  const read = readAnkiCollection(unpacked.data.collectionPath);
  if (!read.ok) return read;
  const collection = read.data;
  const mapped = mapAnkiCollection(collection);

  const errors = mapped.errors.map(toRowError);
  const cards = mapped.cards.flatMap((c) => {
    const front = ankiHtmlToMarkdown(c.frontHtml);
    const back = ankiHtmlToMarkdown(c.backHtml);
    const problem = (field: string, message: string) => {
      errors.push({ line: c.noteIndex, field, message });
      return [];
    };
    if (front === '') return problem('front', 'the front has no text once its HTML is read');
    if (back === '') return problem('back', 'the back has no text once its HTML is read');
    const max = ANKI_IMPORT_LIMITS.maxSideChars;
    if (front.length > max) return problem('front', `the front is longer than ${max} characters`);
    if (back.length > max) return problem('back', `the back is longer than ${max} characters`);
    return [{ ...c, id: ankiCardId(deck.id, c.noteGuid, c.ord), front, back, tags: ankiTagsToDelight(c.tags) }];
  });

  const deckRows = await db.deckCard.findMany({
    where: { deckId: deck.id, card: { retiredAt: null } },
    select: { card: { select: { front: true } } },
  });
  const inDeck = new Set(deckRows.map((r) => duplicateKey(r.card.front)));
  const existing = new Set(
    (await db.card.findMany({ where: { id: { in: cards.map((c) => c.id) } }, select: { id: true } })).map((c) => c.id),
  );

  const rows: ImportPreviewRow[] = [];
  const entries: ImportEntry[] = [];
  const seen = new Set<string>();
  let alreadyImported = 0;
  let duplicates = 0;
  for (const c of cards) {
    const key = duplicateKey(c.front);
    const row = { line: c.noteIndex, id: c.id, front: short(c.front), changed: [] };
    if (existing.has(c.id)) {
      alreadyImported += 1;
      rows.push({ ...row, action: 'unchanged' });
    } else if (inDeck.has(key) || seen.has(key)) {
      duplicates += 1;
      rows.push({ ...row, id: null, action: 'duplicate' });
    } else {
      entries.push({
        kind: 'create',
        line: c.noteIndex,
        id: c.id,
        card: {
          id: c.id,
          front: c.front,
          back: c.back,
          explanation: null,
          tags: c.tags,
          comparison: null,
          dimension: null,
          misconception: null,
          sources: [],
        },
      });
      rows.push({ ...row, action: 'new' });
    }
    seen.add(key);
  }

  const warnings = [...errors, ...mapped.notices.map(toRowError)].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const plan: ImportPlan = {
    deckId: deck.id,
    ownerId: deck.ownerId,
    title: deck.title,
    description: deck.description,
    titleChanged: false,
    descriptionChanged: false,
    mode: 'merge',
    entries,
    removals: [],
    warnings,
  };
  const preview: AnkiImportPreview = {
    newDeck: false,
    title: deck.title,
    description: deck.description,
    titleChanged: false,
    descriptionChanged: false,
    rows,
    removals: [],
    warnings,
    anki: {
      collection: unpacked.data.entry,
      notes: collection.notes.length,
      cards: collection.cards.length,
      newCards: entries.length,
      alreadyImported,
      duplicates,
      errors: errors.length,
      notesWithMedia: mapped.notices.filter((n) => n.field === 'media').length,
      reviewLogRows: collection.reviewLogRows,
    },
  };
  return { ok: true, plan, preview };
}
