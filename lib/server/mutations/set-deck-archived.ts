import 'server-only';
import { fail } from '../action-result';
import { db } from '../db';
import type { SetDeckArchivedInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { findEditableDeck } from '../permissions/find-editable-deck';

/**
 * Archives a deck the actor may edit, or restores it (ADR 024). Archived, it leaves students'
 * queues and class lists and the instructor's deck list; its cards, its class assignments and
 * every student's progress stay, so a restore brings it back as it was. Idempotent.
 */
export const setDeckArchived: InstructorMutation<SetDeckArchivedInput, { archived: boolean }> = async (
  actor,
  input,
) => {
  const deck = await findEditableDeck(actor, input.deckId, 'INSTRUCTOR', 'any');
  if (!deck) return fail('not_found', 'No such deck.');
  await db.deck.updateMany({
    where: { id: deck.id, retiredAt: input.archived ? null : { not: null } },
    data: { retiredAt: input.archived ? new Date() : null },
  });
  return { ok: true, data: { archived: input.archived } };
};
