'use server';
import { fail, type ActionResult } from '../action-result';
import { getContent } from '../content';
import { db } from '../db';
import { AssignPromptSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { findManagedClass } from '../permissions/find-managed-class';

/** Assigns a mock-interview prompt to a class, optionally due by the end of a day (UTC); assigning again changes the date. */
export async function assignPromptAction(
  input: unknown,
): Promise<ActionResult<{ promptId: string; dueAt: string | null }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = AssignPromptSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const found = await findManagedClass(auth.data, parsed.data.classId);
  if (!found) return fail('not_found', 'No such class.');
  const { promptId, dueDate } = parsed.data;
  if (!(await getContent()).prompts.some((p) => p.id === promptId)) {
    return fail('invalid_input', 'Unknown prompt.', { promptId: ['Choose a prompt from the list.'] });
  }
  const dueAt = dueDate ? new Date(`${dueDate}T23:59:59.000Z`) : null;
  await db.promptAssignment.upsert({
    where: { classId_promptId: { classId: found.id, promptId } },
    create: { classId: found.id, promptId, dueAt },
    update: { dueAt },
  });
  return { ok: true, data: { promptId, dueAt: dueAt?.toISOString() ?? null } };
}
