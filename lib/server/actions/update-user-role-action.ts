'use server';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser } from '../auth';
import { db } from '../db';
import { UpdateUserRoleSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';

/** Admins only: makes a learner an instructor, or an instructor a learner again. Admins' own roles are not changed here. */
export async function updateUserRoleAction(
  input: unknown,
): Promise<ActionResult<{ userId: string; role: 'LEARNER' | 'INSTRUCTOR' }>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  if (user.role !== 'ADMIN') return fail('forbidden', 'Only administrators can change roles.');
  const parsed = UpdateUserRoleSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const target = await db.user.findUnique({ where: { id: parsed.data.userId }, select: { id: true, role: true } });
  if (!target) return fail('not_found', 'No such user.');
  if (target.role === 'ADMIN') return fail('forbidden', 'An administrator’s role cannot be changed here.');
  await db.user.update({ where: { id: target.id }, data: { role: parsed.data.role } });
  return { ok: true, data: { userId: target.id, role: parsed.data.role } };
}
