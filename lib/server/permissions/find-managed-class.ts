import 'server-only';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { canManage } from './can-manage';

export type ManagedClass = { id: string; ownerId: string; name: string; joinCode: string; createdAt: Date };

/**
 * A class the actor manages (theirs; any, for an admin), or null (also when it is someone else's).
 * `state` picks live classes (the default: everything that runs a class), archived ones (restore,
 * delete) or either.
 */
export async function findManagedClass(
  actor: SessionUser,
  classId: string,
  state: 'live' | 'archived' | 'any' = 'live',
): Promise<ManagedClass | null> {
  const archivedAt = state === 'live' ? null : state === 'archived' ? { not: null } : undefined;
  const found = await db.class.findFirst({
    where: { id: classId, ...(archivedAt === undefined ? {} : { archivedAt }) },
    select: { id: true, ownerId: true, name: true, joinCode: true, createdAt: true },
  });
  if (!found || !canManage(actor, found.ownerId)) return null;
  return found;
}
