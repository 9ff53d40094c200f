'use server';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { ClassMemberSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { findManagedClass } from '../permissions/find-managed-class';

/** Removes a student from a class. Their own progress stays theirs; the class's decks leave their queue. */
export async function removeClassMemberAction(input: unknown): Promise<ActionResult<{ userId: string }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = ClassMemberSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const found = await findManagedClass(auth.data, parsed.data.classId);
  if (!found) return fail('not_found', 'No such class.');
  const { count } = await db.classMember.deleteMany({ where: { classId: found.id, userId: parsed.data.userId } });
  if (count === 0) return fail('not_found', 'This student is not in the class.');
  return { ok: true, data: { userId: parsed.data.userId } };
}
