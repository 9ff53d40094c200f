import 'server-only';
import type { DeckIoCard } from '@/lib/core/deck-io/types';
import { ownCardHash } from './own-card-hash';

/** An instructor card's fields as Card columns (sources resolved from the library's registry). */
export function cardColumns(
  card: DeckIoCard,
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
  return { ...fields, contentHash: ownCardHash(fields) };
}
