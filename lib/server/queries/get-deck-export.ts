import 'server-only';
import type { DeckIoDeck } from '@/lib/core/deck-io/types';
import type { SessionUser } from '../auth';
import { getDeckBuilder } from './get-deck-builder';

/** A deck in the shape the exporters write (owner or admin only; null otherwise). Its file id is a slug of the title. */
export async function getDeckExport(actor: SessionUser, deckId: string): Promise<DeckIoDeck | null> {
  const builder = await getDeckBuilder(actor, deckId);
  if (!builder) return null;
  const slug =
    builder.deck.title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'deck';
  return {
    id: slug,
    title: builder.deck.title,
    description: builder.deck.description,
    cards: builder.cards.map((c) => ({
      id: c.id,
      front: c.front,
      back: c.back,
      explanation: c.explanation,
      tags: c.tags,
      comparison: c.comparison,
      dimension: c.dimension,
      misconception: c.misconception,
      sources: c.sources,
    })),
  };
}
