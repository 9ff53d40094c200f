import 'server-only';
import { fail } from '../action-result';
import { getContent } from '../content';
import { db } from '../db';
import type { AssignPromptInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { findManagedClass } from '../permissions/find-managed-class';

/**
 * Assigns a mock-interview prompt to a class the actor manages, optionally due by the end of a
 * day (UTC); assigning again changes the date.
 */
export const assignPrompt: InstructorMutation<AssignPromptInput, { promptId: string; dueAt: string | null }> = async (
  actor,
  input,
) => {
  const found = await findManagedClass(actor, input.classId);
  if (!found) return fail('not_found', 'No such class.');
  const { promptId, dueDate } = input;
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
};
