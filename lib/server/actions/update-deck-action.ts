'use server';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { UpdateDeckSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { findEditableDeck } from '../permissions/find-editable-deck';

/** Renames a deck or changes its description (owner or admin). */
export async function updateDeckAction(input: unknown): Promise<ActionResult<{ deckId: string }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = UpdateDeckSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const deck = await findEditableDeck(auth.data, parsed.data.deckId);
  if (!deck) return fail('not_found', 'No such deck.');
  await db.deck.update({
    where: { id: deck.id },
    data: { title: parsed.data.title, description: parsed.data.description },
  });
  return { ok: true, data: { deckId: deck.id } };
}
