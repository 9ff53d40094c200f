import 'server-only';
import type { SessionUser } from '../auth';
import { db } from '../db';

export type InstructorDeckSummary = {
  id: string;
  title: string;
  published: boolean;
  cards: number;
  classes: number;
  updatedAt: string;
  /** Shown to admins, who see every instructor's decks. */
  owner: string | null;
};

/**
 * The decks an instructor builds (an admin: every instructor deck), most recently changed first;
 * with `archived`, the archived ones instead (ADR 024).
 */
export async function getInstructorDecks(
  actor: SessionUser,
  { archived = false }: { archived?: boolean } = {},
): Promise<InstructorDeckSummary[]> {
  const decks = await db.deck.findMany({
    where: {
      kind: 'INSTRUCTOR',
      retiredAt: archived ? { not: null } : null,
      ...(actor.role === 'ADMIN' ? {} : { ownerId: actor.id }),
    },
    orderBy: { updatedAt: 'desc' },
    select: {
      id: true,
      title: true,
      published: true,
      updatedAt: true,
      owner: { select: { email: true } },
      _count: { select: { cards: { where: { card: { retiredAt: null } } }, assignments: true } },
    },
  });
  return decks.map((d) => ({
    id: d.id,
    title: d.title,
    published: d.published,
    cards: d._count.cards,
    classes: d._count.assignments,
    updatedAt: d.updatedAt.toISOString(),
    owner: actor.role === 'ADMIN' ? (d.owner?.email ?? null) : null,
  }));
}
