import 'server-only';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { findManagedClass, type ManagedClass } from './find-managed-class';

/**
 * The attempts an instructor may review in a class they manage (theirs; any, for an admin):
 * submitted attempts of its members at the prompts assigned to it — what the class dashboard
 * already counts. Null when the class is not theirs. `attemptId` narrows to one attempt.
 */
export async function findReviewableAttempts(
  actor: SessionUser,
  classId: string,
  attemptId?: string,
): Promise<{ managed: ManagedClass; attemptIds: string[] } | null> {
  const managed = await findManagedClass(actor, classId);
  if (!managed) return null;
  const assigned = await db.promptAssignment.findMany({ where: { classId: managed.id }, select: { promptId: true } });
  const rows = await db.mockAttempt.findMany({
    where: {
      ...(attemptId !== undefined ? { id: attemptId } : {}),
      promptId: { in: assigned.map((p) => p.promptId) },
      submittedAt: { not: null },
      feedback: { not: null },
      user: { memberships: { some: { classId: managed.id } } },
    },
    select: { id: true },
  });
  return { managed, attemptIds: rows.map((r) => r.id) };
}
