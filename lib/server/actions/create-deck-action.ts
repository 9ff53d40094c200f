'use server';
import { type ActionResult } from '../action-result';
import { db } from '../db';
import { DeckDetailsSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { newRandomId } from '../instructor/new-random-id';
import { authorizeInstructor } from '../permissions/authorize-instructor';

/** Creates an empty draft deck owned by the instructor. */
export async function createDeckAction(input: unknown): Promise<ActionResult<{ deckId: string }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = DeckDetailsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const deck = await db.deck.create({
    data: { id: newRandomId(), kind: 'INSTRUCTOR', ownerId: auth.data.id, published: false, ...parsed.data },
    select: { id: true },
  });
  return { ok: true, data: { deckId: deck.id } };
}
