import 'server-only';
import { fail } from '../action-result';
import { db } from '../db';
import type { ReorderDeckCardsInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { findEditableDeck } from '../permissions/find-editable-deck';

/** Puts the cards of a deck the actor may edit in the given order; `cardIds` must list exactly its live cards. */
export const reorderDeckCards: InstructorMutation<ReorderDeckCardsInput, { cards: number }> = async (actor, input) => {
  const deck = await findEditableDeck(actor, input.deckId);
  if (!deck) return fail('not_found', 'No such deck.');
  const order = input.cardIds;
  const live = await db.deckCard.findMany({
    where: { deckId: deck.id, card: { retiredAt: null } },
    select: { cardId: true },
  });
  const liveIds = new Set(live.map((r) => r.cardId));
  if (new Set(order).size !== order.length || order.length !== liveIds.size || !order.every((id) => liveIds.has(id))) {
    return fail('conflict', 'The deck changed in the meantime: reload the page and try again.');
  }
  await db.$transaction(
    order.map((cardId, position) =>
      db.deckCard.update({ where: { deckId_cardId: { deckId: deck.id, cardId } }, data: { position } }),
    ),
  );
  return { ok: true, data: { cards: order.length } };
};
