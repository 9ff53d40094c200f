import 'server-only';
import { createHash } from 'node:crypto';
import type { DeckIoCard } from '@/lib/core/deck-io/types';

/**
 * A card's fields as Card columns (sources resolved from the library's registry), with
 * `contentHash` over them: the content sync, the deck editor and deck import all write cards
 * through this, so one hash tells whether a card's text changed.
 */
export function cardColumns(
  card: Omit<DeckIoCard, 'id'>,
  sourcesById: ReadonlyMap<string, { id: string; title: string; url: string }>,
) {
  const fields = {
    front: card.front,
    back: card.back,
    explanation: card.explanation,
    tags: JSON.stringify(card.tags),
    sources: JSON.stringify(card.sources.flatMap((id) => sourcesById.get(id) ?? [])),
    comparisonId: card.comparison,
    dimensionId: card.dimension,
    misconceptionId: card.misconception,
  };
  return { ...fields, contentHash: createHash('sha256').update(JSON.stringify(fields)).digest('hex') };
}

/** Select a deck's count of live (not retired) cards, as `_count.cards`. */
export const LIVE_CARD_COUNT = { _count: { select: { cards: { where: { card: { retiredAt: null } } } } } } as const;
