import 'server-only';
import { fail } from '../action-result';
import { db } from '../db';
import type { AddLibraryCardsInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { findEditableDeck } from '../permissions/find-editable-deck';

/**
 * Adds library (content) cards to a deck the actor may edit, at the end. They are referenced, not
 * copied: a student who already studies a card keeps one progress for it, whichever deck it comes from.
 */
export const addLibraryCards: InstructorMutation<AddLibraryCardsInput, { added: number }> = async (actor, input) => {
  const deck = await findEditableDeck(actor, input.deckId);
  if (!deck) return fail('not_found', 'No such deck.');
  const wanted = [...new Set(input.cardIds)];
  const library = await db.card.findMany({
    where: { id: { in: wanted }, ownerId: null, retiredAt: null },
    select: { id: true },
  });
  if (library.length !== wanted.length) return fail('not_found', 'Some of these cards are not in the library.');
  const added = await db.$transaction(async (tx) => {
    const present = new Set(
      (await tx.deckCard.findMany({ where: { deckId: deck.id }, select: { cardId: true } })).map((r) => r.cardId),
    );
    const last = await tx.deckCard.aggregate({ where: { deckId: deck.id }, _max: { position: true } });
    let position = (last._max.position ?? -1) + 1;
    const rows = wanted
      .filter((id) => !present.has(id))
      .map((cardId) => ({ deckId: deck.id, cardId, position: position++ }));
    if (rows.length > 0) await tx.deckCard.createMany({ data: rows });
    return rows.length;
  });
  return { ok: true, data: { added } };
};
