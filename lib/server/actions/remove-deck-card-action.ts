'use server';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { DeckCardSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { findEditableDeck } from '../permissions/find-editable-deck';

/**
 * Takes a card out of a deck. A library card is unlinked (it stays in the library); the deck's
 * own card is retired — hidden everywhere, never deleted — so students' progress on it is kept
 * and comes back if the card is restored by a re-import.
 */
export async function removeDeckCardAction(input: unknown): Promise<ActionResult<{ cardId: string }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = DeckCardSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const deck = await findEditableDeck(auth.data, parsed.data.deckId);
  if (!deck) return fail('not_found', 'No such deck.');
  const { cardId } = parsed.data;
  const link = await db.deckCard.findUnique({
    where: { deckId_cardId: { deckId: deck.id, cardId } },
    select: { card: { select: { ownerId: true, retiredAt: true } } },
  });
  if (!link || link.card.retiredAt) return fail('not_found', 'No such card in this deck.');
  if (link.card.ownerId === null) {
    await db.deckCard.delete({ where: { deckId_cardId: { deckId: deck.id, cardId } } });
  } else {
    await db.card.update({ where: { id: cardId }, data: { retiredAt: new Date() } });
  }
  return { ok: true, data: { cardId } };
}
