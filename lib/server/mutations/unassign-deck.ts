import 'server-only';
import { fail } from '../action-result';
import { db } from '../db';
import type { AssignDeckInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { findManagedClass } from '../permissions/find-managed-class';

/** Takes a deck off a class the actor manages; members keep their progress on its cards. */
export const unassignDeck: InstructorMutation<AssignDeckInput, { deckId: string }> = async (actor, input) => {
  const found = await findManagedClass(actor, input.classId);
  if (!found) return fail('not_found', 'No such class.');
  const { count } = await db.deckAssignment.deleteMany({ where: { classId: found.id, deckId: input.deckId } });
  if (count === 0) return fail('not_found', 'This deck is not assigned to the class.');
  return { ok: true, data: { deckId: input.deckId } };
};
