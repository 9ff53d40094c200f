import 'server-only';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { canManage } from './can-manage';

export type ManagedClass = { id: string; ownerId: string; name: string; joinCode: string; createdAt: Date };

/** A live class the actor manages (theirs; any, for an admin), or null (also when it is someone else's). */
export async function findManagedClass(actor: SessionUser, classId: string): Promise<ManagedClass | null> {
  const found = await db.class.findFirst({
    where: { id: classId, archivedAt: null },
    select: { id: true, ownerId: true, name: true, joinCode: true, createdAt: true },
  });
  if (!found || !canManage(actor, found.ownerId)) return null;
  return found;
}
