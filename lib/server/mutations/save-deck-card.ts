import 'server-only';
import { checkCardReferences } from '@/lib/core/deck-io/check-card-references';
import type { DeckIoCard } from '@/lib/core/deck-io/types';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { cardColumns } from '../card-columns';
import { getContent } from '../content';
import { db } from '../db';
import { getLibraryRefs } from '../instructor/get-library-refs';
import type { OwnCardInput } from '../instructor/instructor-input';
import { newRandomId } from '../instructor/new-random-id';
import { findEditableDeck, type EditableDeckKind } from '../permissions/find-editable-deck';

/**
 * Writes one of the own cards of a deck the actor may edit (an instructor's, or a learner's personal deck): a new one (added at the end, with a
 * new `i.` id) or an edit of an existing one, in place — the id stays, so every student's progress
 * on it stays.
 */
export async function saveDeckCard(
  actor: SessionUser,
  input: OwnCardInput,
  kind: EditableDeckKind = 'INSTRUCTOR',
): Promise<ActionResult<{ cardId: string }>> {
  const { deckId, cardId, dimension, ...rest } = input;
  const deck = await findEditableDeck(actor, deckId, kind);
  if (!deck) return fail('not_found', 'No such deck.');

  const [comparison = null, dimensionId = null] = dimension ? dimension.split('/') : [];
  const card: DeckIoCard = {
    id: cardId ?? null,
    front: rest.front,
    back: rest.back,
    explanation: rest.explanation || null,
    tags: [...new Set(rest.tags)],
    comparison,
    dimension: dimensionId,
    misconception: rest.misconception,
    sources: [...new Set(rest.sources)],
  };
  const problems = checkCardReferences(
    { ...card, origin: { line: 1, path: '', fieldLines: {} } },
    await getLibraryRefs(),
  );
  if (problems.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const p of problems) {
      const field = p.field.replace(/\[\d+\]$/, '').replace(/^comparison$/, 'dimension');
      (fieldErrors[field] ??= []).push(p.message);
    }
    return fail('invalid_input', 'Please fix the highlighted fields.', fieldErrors);
  }

  const content = await getContent();
  const columns = cardColumns(
    card,
    new Map(content.sources.map((s) => [s.id, { id: s.id, title: s.title, url: s.url }])),
  );
  if (cardId) {
    const link = await db.deckCard.findUnique({
      where: { deckId_cardId: { deckId: deck.id, cardId } },
      select: { card: { select: { ownerId: true, retiredAt: true } } },
    });
    if (!link || link.card.ownerId !== deck.ownerId || link.card.retiredAt)
      return fail('not_found', 'No such card in this deck.');
    await db.card.update({ where: { id: cardId }, data: columns });
    return { ok: true, data: { cardId } };
  }
  const id = newRandomId();
  await db.$transaction(async (tx) => {
    const last = await tx.deckCard.aggregate({ where: { deckId: deck.id }, _max: { position: true } });
    await tx.card.create({ data: { id, ownerId: deck.ownerId, ...columns } });
    await tx.deckCard.create({ data: { deckId: deck.id, cardId: id, position: (last._max.position ?? -1) + 1 } });
  });
  return { ok: true, data: { cardId: id } };
}
