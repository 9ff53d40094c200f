import 'server-only';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { bumpSessionVersion } from './bump-session-version';

/**
 * Makes a learner an instructor or back; an administrator's own role is not changed here. The user's
 * sessions end (ADR 025): they sign in again under the new role.
 */
export async function updateUserRole(
  userId: string,
  role: 'LEARNER' | 'INSTRUCTOR',
): Promise<ActionResult<{ userId: string; role: 'LEARNER' | 'INSTRUCTOR' }>> {
  const target = await db.user.findUnique({ where: { id: userId }, select: { id: true, role: true } });
  if (!target) return fail('not_found', 'No such user.');
  if (target.role === 'ADMIN') return fail('forbidden', 'An administrator’s role cannot be changed here.');
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: target.id }, data: { role } });
    await bumpSessionVersion(target.id, tx);
  });
  return { ok: true, data: { userId: target.id, role } };
}
