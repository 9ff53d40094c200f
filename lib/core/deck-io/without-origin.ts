import type { DeckIoCard, ParsedCard } from './types';

/** A parsed card's fields, without where it came from. */
export function withoutOrigin(card: ParsedCard): DeckIoCard {
  return {
    id: card.id,
    front: card.front,
    back: card.back,
    explanation: card.explanation,
    tags: card.tags,
    comparison: card.comparison,
    dimension: card.dimension,
    misconception: card.misconception,
    sources: card.sources,
  };
}
