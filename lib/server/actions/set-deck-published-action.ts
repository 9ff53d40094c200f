'use server';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { SetDeckPublishedSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { findEditableDeck } from '../permissions/find-editable-deck';

/**
 * Publishes a deck (students of the classes it is assigned to study it) or takes it back to
 * draft (it leaves their queues; their progress on its cards is kept).
 */
export async function setDeckPublishedAction(input: unknown): Promise<ActionResult<{ published: boolean }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = SetDeckPublishedSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const deck = await findEditableDeck(auth.data, parsed.data.deckId);
  if (!deck) return fail('not_found', 'No such deck.');
  if (parsed.data.published) {
    const cards = await db.deckCard.count({ where: { deckId: deck.id, card: { retiredAt: null } } });
    if (cards === 0) return fail('empty_deck', 'Add at least one card before publishing.');
  }
  await db.deck.update({ where: { id: deck.id }, data: { published: parsed.data.published } });
  return { ok: true, data: { published: parsed.data.published } };
}
