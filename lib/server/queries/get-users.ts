import 'server-only';
import type { Role } from '@/lib/generated/prisma/enums';
import { containsIgnoringCase } from '../contains-ignoring-case';
import { db } from '../db';

export type UserRow = { id: string; email: string; name: string | null; role: Role; createdAt: string };

/** Accounts for the admin page, optionally filtered by email or name in any letter case (admin pages only). */
export async function getUsers(query: string, limit = 100): Promise<{ users: UserRow[]; total: number }> {
  const q = query.trim().slice(0, 100);
  const where = q ? { OR: [{ email: containsIgnoringCase(q) }, { name: containsIgnoringCase(q) }] } : {};
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: { createdAt: 'desc' },
      take: limit,
      select: { id: true, email: true, name: true, role: true, createdAt: true },
    }),
    db.user.count({ where }),
  ]);
  return { users: users.map((u) => ({ ...u, createdAt: u.createdAt.toISOString() })), total };
}
