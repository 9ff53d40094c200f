import 'server-only';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { db } from '../db';
import type { UnassignPromptInput } from '../instructor/instructor-input';
import { findManagedClass } from '../permissions/find-managed-class';

/** Takes a mock prompt off a class the actor manages. */
export async function unassignPrompt(
  actor: SessionUser,
  input: UnassignPromptInput,
): Promise<ActionResult<{ promptId: string }>> {
  const found = await findManagedClass(actor, input.classId);
  if (!found) return fail('not_found', 'No such class.');
  const { count } = await db.promptAssignment.deleteMany({ where: { classId: found.id, promptId: input.promptId } });
  if (count === 0) return fail('not_found', 'This prompt is not assigned to the class.');
  return { ok: true, data: { promptId: input.promptId } };
}
