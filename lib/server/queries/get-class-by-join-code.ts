import 'server-only';
import { normalizeJoinCode } from '@/lib/core/classes/normalize-join-code';
import { db } from '../db';

/** What the join page may show about a class, given its code: its name and instructor, and whether this user is in it. */
export async function getClassByJoinCode(
  code: string,
  userId: string,
): Promise<{ id: string; name: string; instructor: string; member: boolean; teaches: boolean } | null> {
  const normalized = normalizeJoinCode(code);
  if (!normalized) return null;
  const found = await db.class.findFirst({
    where: { joinCode: normalized, archivedAt: null },
    select: {
      id: true,
      name: true,
      ownerId: true,
      owner: { select: { name: true, email: true } },
      members: { where: { userId }, select: { userId: true } },
    },
  });
  if (!found) return null;
  return {
    id: found.id,
    name: found.name,
    instructor: found.owner.name ?? found.owner.email,
    member: found.members.length > 0,
    teaches: found.ownerId === userId,
  };
}
