import 'server-only';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { findManagedClass } from '../permissions/find-managed-class';

/**
 * Deletes an archived class the actor manages (ADR 024): the class, its memberships and its deck and
 * prompt assignments go. Students' accounts, review history, card progress, quiz and mock attempts
 * are theirs and stay; the decks stay with the instructor. Only an archived class can be deleted.
 */
export async function deleteClass(actor: SessionUser, classId: string): Promise<ActionResult<{ members: number }>> {
  const found = await findManagedClass(actor, classId, 'archived');
  if (!found) {
    const live = await findManagedClass(actor, classId, 'live');
    return live ? fail('conflict', 'Archive the class before deleting it.') : fail('not_found', 'No such class.');
  }
  const members = await db.$transaction(async (tx) => {
    const removed = await tx.classMember.deleteMany({ where: { classId: found.id } });
    await tx.deckAssignment.deleteMany({ where: { classId: found.id } });
    await tx.promptAssignment.deleteMany({ where: { classId: found.id } });
    await tx.class.delete({ where: { id: found.id } });
    return removed.count;
  });
  return { ok: true, data: { members } };
}
