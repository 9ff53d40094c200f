import 'server-only';
import type { ActionResult } from '../action-result';
import { db } from '../db';
import type { DeckDetailsInput } from '../instructor/instructor-input';
import { newRandomId } from '../instructor/new-random-id';

/** Creates an empty draft deck owned by this instructor. */
export async function createDeck(
  ownerId: string,
  details: DeckDetailsInput,
): Promise<ActionResult<{ deckId: string }>> {
  const deck = await db.deck.create({
    data: { id: newRandomId(), kind: 'INSTRUCTOR', ownerId, published: false, ...details },
    select: { id: true },
  });
  return { ok: true, data: { deckId: deck.id } };
}
