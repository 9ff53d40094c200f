import 'server-only';
import { LIVE_CARD_COUNT } from '../card-columns';
import { db } from '../db';

export type DeckSummary = { id: string; title: string; description: string; cards: number };

/** The decks a learner can browse: every live content deck, with its count of live cards. */
export async function getDecks(): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: { kind: 'CONTENT', retiredAt: null },
    orderBy: { position: 'asc' },
    select: { id: true, title: true, description: true, ...LIVE_CARD_COUNT },
  });
  return decks.map((d) => ({ id: d.id, title: d.title, description: d.description, cards: d._count.cards }));
}
