import 'server-only';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { db } from '../db';
import type { AssignDeckInput } from '../instructor/instructor-input';
import { findManagedClass } from '../permissions/find-managed-class';

/** Takes a deck off a class the actor manages; members keep their progress on its cards. */
export async function unassignDeck(
  actor: SessionUser,
  input: AssignDeckInput,
): Promise<ActionResult<{ deckId: string }>> {
  const found = await findManagedClass(actor, input.classId);
  if (!found) return fail('not_found', 'No such class.');
  const { count } = await db.deckAssignment.deleteMany({ where: { classId: found.id, deckId: input.deckId } });
  if (count === 0) return fail('not_found', 'This deck is not assigned to the class.');
  return { ok: true, data: { deckId: input.deckId } };
}
