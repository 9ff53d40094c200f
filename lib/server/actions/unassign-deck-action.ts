'use server';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { AssignDeckSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { findManagedClass } from '../permissions/find-managed-class';

/** Takes a deck off a class; members keep their progress on its cards. */
export async function unassignDeckAction(input: unknown): Promise<ActionResult<{ deckId: string }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = AssignDeckSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const found = await findManagedClass(auth.data, parsed.data.classId);
  if (!found) return fail('not_found', 'No such class.');
  const { count } = await db.deckAssignment.deleteMany({ where: { classId: found.id, deckId: parsed.data.deckId } });
  if (count === 0) return fail('not_found', 'This deck is not assigned to the class.');
  return { ok: true, data: { deckId: parsed.data.deckId } };
}
