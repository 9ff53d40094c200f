import 'server-only';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { findEditableDeck } from '../permissions/find-editable-deck';

/**
 * Deletes an archived deck the actor may edit (ADR 024): the deck, its card list and its class
 * assignments go. The deck's own cards are retired, not deleted, so every student's review
 * history and memory of them stays (a review log row needs its card). Library cards are untouched.
 * Only an archived deck can be deleted: archive first (reversible), delete second.
 */
export async function deleteDeck(actor: SessionUser, deckId: string): Promise<ActionResult<{ retiredCards: number }>> {
  const deck = await findEditableDeck(actor, deckId, 'INSTRUCTOR', 'archived');
  if (!deck) {
    const live = await findEditableDeck(actor, deckId, 'INSTRUCTOR', 'live');
    return live ? fail('conflict', 'Archive the deck before deleting it.') : fail('not_found', 'No such deck.');
  }
  const now = new Date();
  const retired = await db.$transaction(async (tx) => {
    const own = await tx.card.updateMany({
      where: { ownerId: deck.ownerId, retiredAt: null, decks: { some: { deckId: deck.id } } },
      data: { retiredAt: now },
    });
    await tx.deck.delete({ where: { id: deck.id } });
    return own.count;
  });
  return { ok: true, data: { retiredCards: retired } };
}
