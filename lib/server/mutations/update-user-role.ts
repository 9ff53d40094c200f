import 'server-only';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';

/** Makes a learner an instructor or back; an administrator's own role is not changed here. */
export async function updateUserRole(
  userId: string,
  role: 'LEARNER' | 'INSTRUCTOR',
): Promise<ActionResult<{ userId: string; role: 'LEARNER' | 'INSTRUCTOR' }>> {
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
  if (!target) return fail('not_found', 'No such user.');
  if (target.role === 'ADMIN') return fail('forbidden', 'An administrator’s role cannot be changed here.');
  await db.user.update({ where: { id: target.id }, data: { role } });
  return { ok: true, data: { userId: target.id, role } };
}
