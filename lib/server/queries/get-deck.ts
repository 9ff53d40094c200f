import 'server-only';
import { parseCardSources, parseCardTags, type CardSource } from '../card-dto';
import { db } from '../db';

export type DeckCardView = {
  id: string;
  front: string;
  back: string;
  explanation: string | null;
  tags: string[];
  dimension: string | null;
  misconception: string | null;
  sources: CardSource[];
};
type DeckCardRow = {
  id: string;
  front: string;
  back: string;
  explanation: string | null;
  tags: string;
  dimensionId: string | null;
  misconceptionId: string | null;
  sources: string;
};

/** A stored card as a deck shows it (tags and sources parsed). */
export function toDeckCardView(card: DeckCardRow): DeckCardView {
  return {
    id: card.id,
    front: card.front,
    back: card.back,
    explanation: card.explanation,
    tags: parseCardTags(card.tags),
    dimension: card.dimensionId,
    misconception: card.misconceptionId,
    sources: parseCardSources(card.sources),
  };
}

export type DeckView = { id: string; title: string; description: string; cards: DeckCardView[] };

/** One live content deck with its live cards in order, or null. */
export async function getDeck(deckId: string): Promise<DeckView | null> {
  const deck = await db.deck.findFirst({
    where: { id: deckId, kind: 'CONTENT', retiredAt: null },
    select: {
      id: true,
      title: true,
      description: true,
      cards: {
        where: { card: { retiredAt: null } },
        orderBy: { position: 'asc' },
        select: {
          card: {
            select: { id: true, front: true, back: true, explanation: true, tags: true, dimensionId: true, misconceptionId: true, sources: true },
          },
        },
      },
    },
  });
  if (!deck) return null;
  return {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    cards: deck.cards.map(({ card }) => toDeckCardView(card)),
  };
}
