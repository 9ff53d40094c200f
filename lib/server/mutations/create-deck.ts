import 'server-only';
import type { z } from 'zod';
import type { ActionResult } from '../action-result';
import { db } from '../db';
import type { DeckDetailsSchema } from '../instructor/instructor-input';
import { newRandomId } from '../instructor/new-random-id';

/** Creates an empty draft deck owned by this instructor. */
export async function createDeck(
  ownerId: string,
  details: z.infer<typeof DeckDetailsSchema>,
): Promise<ActionResult<{ deckId: string }>> {
  const deck = await db.deck.create({
    data: { id: newRandomId(), kind: 'INSTRUCTOR', ownerId, published: false, ...details },
    select: { id: true },
  });
  return { ok: true, data: { deckId: deck.id } };
}
