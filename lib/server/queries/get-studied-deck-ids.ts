import 'server-only';
import { db } from '../db';

/**
 * The decks a learner studies, in queue order: first the decks assigned to their classes
 * (published instructor decks and library decks, oldest assignment first: the instructor's
 * curriculum comes before free study), then their own personal decks (oldest first: cards they
 * wrote themselves), then their own choice of library decks, else every live library deck.
 */
export async function getStudiedDeckIds(userId: string, chosen: string[] | null): Promise<string[]> {
  const [assigned, personal, library] = await Promise.all([
    db.deckAssignment.findMany({
      where: {
        class: { archivedAt: null, members: { some: { userId } } },
        deck: { retiredAt: null, OR: [{ kind: 'CONTENT' }, { kind: 'INSTRUCTOR', published: true }] },
      },
      orderBy: [{ assignedAt: 'asc' }, { deckId: 'asc' }],
      select: { deckId: true },
    }),
    db.deck.findMany({
      where: { retiredAt: null, kind: 'PERSONAL', ownerId: userId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true },
    }),
    db.deck.findMany({
      where: { retiredAt: null, kind: 'CONTENT', ...(chosen ? { id: { in: chosen } } : {}) },
      orderBy: { position: 'asc' },
      select: { id: true },
    }),
  ]);
  return [...new Set([...assigned.map((a) => a.deckId), ...personal.map((d) => d.id), ...library.map((d) => d.id)])];
}
