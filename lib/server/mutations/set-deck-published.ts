import 'server-only';
import { fail } from '../action-result';
import { db } from '../db';
import type { SetDeckPublishedInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { findEditableDeck } from '../permissions/find-editable-deck';

/**
 * Publishes a deck the actor may edit (students of the classes it is assigned to study it) or
 * takes it back to draft (it leaves their queues; their progress on its cards is kept).
 */
export const setDeckPublished: InstructorMutation<SetDeckPublishedInput, { published: boolean }> = async (
  actor,
  input,
) => {
  const deck = await findEditableDeck(actor, input.deckId);
  if (!deck) return fail('not_found', 'No such deck.');
  if (input.published) {
    const cards = await db.deckCard.count({ where: { deckId: deck.id, card: { retiredAt: null } } });
    if (cards === 0) return fail('empty_deck', 'Add at least one card before publishing.');
  }
  await db.deck.update({ where: { id: deck.id }, data: { published: input.published } });
  return { ok: true, data: { published: input.published } };
};
