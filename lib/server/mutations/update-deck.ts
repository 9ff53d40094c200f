import 'server-only';
import { fail } from '../action-result';
import { db } from '../db';
import type { UpdateDeckInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { findEditableDeck } from '../permissions/find-editable-deck';

/** Renames a deck the actor may edit, or changes its description. */
export const updateDeck: InstructorMutation<UpdateDeckInput, { deckId: string }> = async (actor, input) => {
  const deck = await findEditableDeck(actor, input.deckId);
  if (!deck) return fail('not_found', 'No such deck.');
  await db.deck.update({ where: { id: deck.id }, data: { title: input.title, description: input.description } });
  return { ok: true, data: { deckId: deck.id } };
};
