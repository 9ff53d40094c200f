import 'server-only';
import { fail } from '../action-result';
import { db } from '../db';
import type { ClassMemberInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { findManagedClass } from '../permissions/find-managed-class';

/** Removes a student from a class the actor manages. Their progress stays theirs; the class's decks leave their queue. */
export const removeClassMember: InstructorMutation<ClassMemberInput, { userId: string }> = async (
  actor,
  { classId, userId },
) => {
  if (!(await findManagedClass(actor, classId))) return fail('not_found', 'No such class.');
  const { count } = await db.classMember.deleteMany({ where: { classId, userId } });
  if (count === 0) return fail('not_found', 'This student is not in the class.');
  return { ok: true, data: { userId } };
};
