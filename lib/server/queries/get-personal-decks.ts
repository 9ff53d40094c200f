import 'server-only';
import { LIVE_CARD_COUNT } from '../card-columns';
import { db } from '../db';
import type { DeckSummary } from './get-decks';

/** The learner's own personal decks (theirs only: private to them), oldest first, with their live card counts. */
export async function getPersonalDecks(userId: string): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: { kind: 'PERSONAL', ownerId: userId, retiredAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, title: true, description: true, ...LIVE_CARD_COUNT },
  });
  return decks.map((d) => ({ id: d.id, title: d.title, description: d.description, cards: d._count.cards }));
}
