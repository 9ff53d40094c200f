import 'server-only';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { newJoinCode } from '../instructor/new-join-code';
import { isUniqueViolation } from '../is-unique-violation';
import { findManagedClass } from '../permissions/find-managed-class';

/**
 * Replaces the join code of a class the actor manages (drawn again in the unlikely event the new
 * one is taken): the old code and link stop working; members stay.
 */
export async function rotateJoinCode(actor: SessionUser, classId: string): Promise<ActionResult<{ joinCode: string }>> {
  const found = await findManagedClass(actor, classId);
  if (!found) return fail('not_found', 'No such class.');
  for (let attempt = 0; ; attempt++) {
    try {
      const updated = await db.class.update({
        where: { id: found.id },
        data: { joinCode: newJoinCode() },
        select: { joinCode: true },
      });
      return { ok: true, data: updated };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
