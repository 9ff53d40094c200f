'use server';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { ReorderDeckCardsSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { findEditableDeck } from '../permissions/find-editable-deck';

/** Puts the deck's cards in the given order; `cardIds` must list exactly the deck's live cards. */
export async function reorderDeckCardsAction(input: unknown): Promise<ActionResult<{ cards: number }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = ReorderDeckCardsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const deck = await findEditableDeck(auth.data, parsed.data.deckId);
  if (!deck) return fail('not_found', 'No such deck.');
  const order = parsed.data.cardIds;
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
}
