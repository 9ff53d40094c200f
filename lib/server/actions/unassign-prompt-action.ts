'use server';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { UnassignPromptSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { findManagedClass } from '../permissions/find-managed-class';

/** Takes a mock prompt off a class. */
export async function unassignPromptAction(input: unknown): Promise<ActionResult<{ promptId: string }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = UnassignPromptSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const found = await findManagedClass(auth.data, parsed.data.classId);
  if (!found) return fail('not_found', 'No such class.');
  const { count } = await db.promptAssignment.deleteMany({
    where: { classId: found.id, promptId: parsed.data.promptId },
  });
  if (count === 0) return fail('not_found', 'This prompt is not assigned to the class.');
  return { ok: true, data: { promptId: parsed.data.promptId } };
}
