import { Document, isMap, isScalar, isSeq, visit } from 'yaml';
import type { DeckIoDeck } from './types';

const HEADER = [
  ' A Delight deck in the content file format (content/decks/<id>.yaml, docs/decisions/002).',
  ' Cards whose id starts with "i." were written by an instructor; the others are library cards,',
  ' included by id (their text comes from the library). Import this file again to update the deck:',
  ' cards are matched by id.',
].join('\n');

/**
 * A deck as YAML that DeckSchema accepts (lib/core/content/schema.ts): optional fields are left out
 * when empty, tags and sources are written inline, multi-line text as literal blocks.
 */
export function serializeDeckYaml(deck: DeckIoDeck): string {
  const data = {
    id: deck.id,
    title: deck.title,
    description: deck.description,
    cards: deck.cards.map((card) => ({
      ...(card.id === null ? {} : { id: card.id }),
      front: card.front,
      back: card.back,
      ...(card.explanation === null ? {} : { explanation: card.explanation }),
      tags: [...card.tags],
      ...(card.comparison === null ? {} : { comparison: card.comparison }),
      ...(card.dimension === null ? {} : { dimension: card.dimension }),
      ...(card.misconception === null ? {} : { misconception: card.misconception }),
      sources: [...card.sources],
    })),
  };
  const doc = new Document(data);
  doc.commentBefore = HEADER;
  visit(doc, {
    Pair(_key, pair) {
      if (isScalar(pair.key) && (pair.key.value === 'tags' || pair.key.value === 'sources') && isSeq(pair.value)) {
        pair.value.flow = true;
      }
    },
  });
  // Blank line between cards, for reading in a pull request.
  const cards = doc.get('cards', true);
  if (isSeq(cards)) {
    cards.items.forEach((item, i) => {
      if (i > 0 && isMap(item)) item.spaceBefore = true;
    });
  }
  return doc.toString({ lineWidth: 0, blockQuote: 'literal' });
}
