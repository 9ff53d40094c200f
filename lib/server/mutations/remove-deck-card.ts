import 'server-only';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { db } from '../db';
import type { DeckCardInput } from '../instructor/instructor-input';
import { findEditableDeck, type EditableDeckKind } from '../permissions/find-editable-deck';

/**
 * Takes a card out of a deck the actor may edit. A library card is unlinked (it stays in the
 * library); the deck's own card is retired — hidden everywhere, never deleted — so students'
 * progress on it is kept and comes back if the card is restored by a re-import.
 */
export async function removeDeckCard(
  actor: SessionUser,
  input: DeckCardInput,
  now: Date,
  kind: EditableDeckKind = 'INSTRUCTOR',
): Promise<ActionResult<{ cardId: string }>> {
  const deck = await findEditableDeck(actor, input.deckId, kind);
  if (!deck) return fail('not_found', 'No such deck.');
  const { cardId } = input;
  const link = await db.deckCard.findUnique({
    where: { deckId_cardId: { deckId: deck.id, cardId } },
    select: { card: { select: { ownerId: true, retiredAt: true } } },
  });
  if (!link || link.card.retiredAt) return fail('not_found', 'No such card in this deck.');
  if (link.card.ownerId === null) {
    await db.deckCard.delete({ where: { deckId_cardId: { deckId: deck.id, cardId } } });
  } else {
    await db.card.update({ where: { id: cardId }, data: { retiredAt: now } });
  }
  return { ok: true, data: { cardId } };
}
