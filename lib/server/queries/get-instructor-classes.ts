import 'server-only';
import type { SessionUser } from '../auth';
import { db } from '../db';

export type InstructorClassSummary = {
  id: string;
  name: string;
  joinCode: string;
  students: number;
  decks: number;
  owner: string | null;
};

/** The classes an instructor runs (an admin: every class), newest first; with `archived`, the archived ones (ADR 024). */
export async function getInstructorClasses(
  actor: SessionUser,
  { archived = false }: { archived?: boolean } = {},
): Promise<InstructorClassSummary[]> {
  const classes = await db.class.findMany({
    where: { archivedAt: archived ? { not: null } : null, ...(actor.role === 'ADMIN' ? {} : { ownerId: actor.id }) },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      name: true,
      joinCode: true,
      owner: { select: { email: true } },
      _count: { select: { members: true, decks: true } },
    },
  });
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    joinCode: c.joinCode,
    students: c._count.members,
    decks: c._count.decks,
    owner: actor.role === 'ADMIN' ? c.owner.email : null,
  }));
}
