import 'server-only';
import { fail } from '../action-result';
import { db } from '../db';
import type { UnassignPromptInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { findManagedClass } from '../permissions/find-managed-class';

/** Takes a mock prompt off a class the actor manages. */
export const unassignPrompt: InstructorMutation<UnassignPromptInput, { promptId: string }> = async (actor, input) => {
  const found = await findManagedClass(actor, input.classId);
  if (!found) return fail('not_found', 'No such class.');
  const { count } = await db.promptAssignment.deleteMany({ where: { classId: found.id, promptId: input.promptId } });
  if (count === 0) return fail('not_found', 'This prompt is not assigned to the class.');
  return { ok: true, data: { promptId: input.promptId } };
};
