import 'server-only';
import { generateCards } from '@/lib/content/generate-cards';
import { cardFieldError } from '@/lib/core/deck-io/card-field-error';
import { checkCardReferences } from '@/lib/core/deck-io/check-card-references';
import { parseDeckCsv } from '@/lib/core/deck-io/parse-deck-csv';
import { parseDeckYaml } from '@/lib/core/deck-io/parse-deck-yaml';
import { CARD_FIELDS, type CsvColumn, type DeckIoCard, type ParsedCard, type RowError } from '@/lib/core/deck-io/types';
import { withoutOrigin } from '@/lib/core/deck-io/without-origin';
import { fail, type Failure } from '../action-result';
import type { SessionUser } from '../auth';
import { CARD_FIELD_COLUMNS, toCardFields } from '../card-dto';
import { getContent } from '../content';
import { db } from '../db';
import { findEditableDeck } from '../permissions/find-editable-deck';
import { getLibraryRefs } from './get-library-refs';
import type { ImportDeckInput } from './instructor-input';

export type ImportEntry =
  /** A new card of this deck; `id` null: one is made when it is saved. */
  | { kind: 'create'; line: number; id: string | null; card: DeckIoCard }
  /** One of this deck's own cards, updated in place (its id, and every student's progress, stay). */
  | { kind: 'update'; line: number; id: string; card: DeckIoCard; changed: string[]; restored: boolean }
  /** A library card, referenced by id (never copied): `added` when the deck didn't have it yet. */
  | { kind: 'library'; line: number; id: string; front: string; added: boolean };

export type ImportPlan = {
  /** null: a new deck. */
  deckId: string | null;
  ownerId: string;
  title: string;
  description: string;
  titleChanged: boolean;
  descriptionChanged: boolean;
  mode: ImportDeckInput['mode'];
  entries: ImportEntry[];
  /** The deck's cards the file doesn't list (replace mode): own cards are retired, library cards unlinked. */
  removals: { id: string; front: string; own: boolean }[];
  warnings: RowError[];
};

export type PlanResult =
  | { ok: true; plan: ImportPlan }
  | Failure<'not_found'>
  | (Failure<'invalid_file'> & { errors: RowError[] });

const CARD_SELECT = { id: true, ownerId: true, retiredAt: true, ...CARD_FIELD_COLUMNS } as const;

const toIoCard = (c: Parameters<typeof toCardFields>[0] & { id: string }): DeckIoCard => ({ id: c.id, ...toCardFields(c) });

const COMPARED = CARD_FIELDS.filter((f) => f !== 'id');
const changedFields = (before: DeckIoCard, after: DeckIoCard) =>
  COMPARED.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));

/**
 * Reads an import file and works out, without writing anything, what importing it would do to
 * the deck — or every problem, each with its line and field. Cards are matched by id: the
 * deck's own card is updated in place; a library card is referenced, never copied; an id the
 * deck doesn't own is copied as a new card (with a warning); a missing id makes a new card.
 * The same plan drives the preview and the import, so what is previewed is what is written.
 */
export async function planDeckImport(actor: SessionUser, input: ImportDeckInput): Promise<PlanResult> {
  const deck = input.deckId === null ? null : await findEditableDeck(actor, input.deckId);
  if (input.deckId !== null && !deck) return fail('not_found', 'No such deck.');

  const invalid = (errors: RowError[]): PlanResult => ({
    ok: false,
    code: 'invalid_file',
    message: `The file has ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}; nothing was imported.`,
    errors,
  });

  let cards: ParsedCard[];
  let columns: readonly CsvColumn[] | null = null;
  let title = deck?.title ?? (input.title || 'Imported deck');
  let description = deck?.description ?? 'Imported from a CSV file.';
  const errors: RowError[] = [];
  const generatedIds: { id: string; line: number }[] = [];
  if (input.format === 'yaml') {
    const parsed = parseDeckYaml(input.text);
    if (!parsed.ok) return invalid(parsed.errors);
    cards = parsed.deck.cards;
    title = parsed.deck.title;
    description = parsed.deck.description;
    const content = await getContent();
    for (const g of parsed.deck.generate) {
      const comparison = content.comparisons.find((c) => c.id === g.comparison);
      if (!comparison) {
        errors.push({ line: g.line, field: `${g.path}.comparison`, message: `unknown comparison "${g.comparison}"` });
        continue;
      }
      const generated = generateCards({
        from: g.from,
        comparison,
        misconceptions: content.misconceptions,
        deckId: 'import',
      });
      generatedIds.push(...generated.map((c) => ({ id: c.id, line: g.line })));
    }
  } else {
    const parsed = parseDeckCsv(input.text);
    if (!parsed.ok) return invalid(parsed.errors);
    cards = parsed.cards;
    columns = parsed.columns;
  }

  const refs = await getLibraryRefs();
  for (const card of cards) errors.push(...checkCardReferences(card, refs));

  const deckRows = deck
    ? await db.deckCard.findMany({
        where: { deckId: deck.id },
        orderBy: { position: 'asc' },
        select: { card: { select: CARD_SELECT } },
      })
    : [];
  const inDeck = new Map(deckRows.map((r) => [r.card.id, r.card]));
  const fileIds = [...cards.flatMap((c) => (c.id === null ? [] : [c.id])), ...generatedIds.map((g) => g.id)];
  const stored = new Map(
    (await db.card.findMany({ where: { id: { in: fileIds } }, select: CARD_SELECT })).map((c) => [c.id, c]),
  );

  const warnings: RowError[] = [];
  const entries: ImportEntry[] = [];
  const listed = new Set<string>();
  const addLibrary = (id: string, line: number, front: string) => {
    if (listed.has(id)) return;
    listed.add(id);
    entries.push({ kind: 'library', line, id, front, added: !inDeck.has(id) });
  };

  for (const g of generatedIds) {
    const card = stored.get(g.id);
    if (!card || card.ownerId !== null || card.retiredAt) {
      errors.push({ line: g.line, field: 'generate', message: `library card "${g.id}" is not available` });
    } else addLibrary(g.id, g.line, card.front);
  }

  for (const card of cards) {
    const line = card.origin.line;
    const fields = withoutOrigin(card);
    const existing = card.id === null ? undefined : stored.get(card.id);
    if (card.id === null) {
      entries.push({ kind: 'create', line, id: null, card: fields });
    } else if (existing && existing.ownerId === null) {
      if (existing.retiredAt) {
        errors.push(cardFieldError(card.origin, 'id', `library card "${card.id}" was retired from the library`));
        continue;
      }
      const library = toIoCard(existing);
      const edited = (['front', 'back', 'explanation'] as const).filter(
        (f) => (columns === null || columns.includes(f)) && fields[f] !== library[f],
      );
      if (edited.length > 0) {
        warnings.push(
          cardFieldError(
            card.origin,
            edited[0]!,
            'a library card keeps the library’s text: to change it, remove the id (the card is then imported as your own)',
          ),
        );
      }
      addLibrary(existing.id, line, existing.front);
    } else if (existing && deck && inDeck.has(existing.id) && existing.ownerId === deck.ownerId) {
      const before = toIoCard(existing);
      const after: DeckIoCard =
        columns === null
          ? fields
          : {
              ...before,
              front: fields.front,
              back: fields.back,
              ...(columns.includes('explanation') ? { explanation: fields.explanation } : {}),
              ...(columns.includes('tags') ? { tags: fields.tags } : {}),
            };
      listed.add(existing.id);
      entries.push({
        kind: 'update',
        line,
        id: existing.id,
        card: after,
        changed: changedFields(before, after),
        restored: existing.retiredAt !== null,
      });
    } else if (existing) {
      warnings.push(
        cardFieldError(card.origin, 'id', `card "${card.id}" belongs to another deck: it is copied as a new card`),
      );
      entries.push({ kind: 'create', line, id: null, card: { ...fields, id: null } });
    } else if (card.id.startsWith('i.')) {
      // An instructor card id not in this database (a deck moved between installations): keep it.
      entries.push({ kind: 'create', line, id: card.id, card: fields });
    } else {
      errors.push(
        cardFieldError(
          card.origin,
          'id',
          `no library card has the id "${card.id}" (leave the id empty for a new card)`,
        ),
      );
    }
  }
  if (errors.length > 0) return invalid(errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));

  const removals =
    input.mode === 'replace'
      ? deckRows
          .filter((r) => !listed.has(r.card.id) && !(r.card.ownerId !== null && r.card.retiredAt))
          .map((r) => ({ id: r.card.id, front: r.card.front, own: r.card.ownerId !== null }))
      : [];
  return {
    ok: true,
    plan: {
      deckId: deck?.id ?? null,
      ownerId: deck?.ownerId ?? actor.id,
      title,
      description,
      titleChanged: deck !== null && deck.title !== title,
      descriptionChanged: deck !== null && deck.description !== description,
      mode: input.mode,
      entries,
      removals,
      warnings,
    },
  };
}
