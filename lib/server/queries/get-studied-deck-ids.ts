import 'server-only';
import { db } from '../db';

/** The decks a learner studies: their own choice, else every live content deck. */
export async function getStudiedDeckIds(chosen: string[] | null): Promise<string[]> {
  const decks = await db.deck.findMany({
    where: { retiredAt: null, kind: 'CONTENT', ...(chosen ? { id: { in: chosen } } : {}) },
    orderBy: { position: 'asc' },
    select: { id: true },
  });
  return decks.map((d) => d.id);
}
