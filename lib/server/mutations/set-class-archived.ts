import 'server-only';
import { fail } from '../action-result';
import { db } from '../db';
import type { SetClassArchivedInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { findManagedClass } from '../permissions/find-managed-class';

/**
 * Archives a class the actor manages, or restores it (ADR 024). Archived, its assigned decks and
 * prompts leave its students' queues and class lists, and its join code stops working; members,
 * assignments and every student's progress stay, so a restore brings it back as it was. Idempotent.
 */
export const setClassArchived: InstructorMutation<SetClassArchivedInput, { archived: boolean }> = async (
  actor,
  input,
) => {
  const found = await findManagedClass(actor, input.classId, 'any');
  if (!found) return fail('not_found', 'No such class.');
  await db.class.updateMany({
    where: { id: found.id, archivedAt: input.archived ? null : { not: null } },
    data: { archivedAt: input.archived ? new Date() : null },
  });
  return { ok: true, data: { archived: input.archived } };
};
