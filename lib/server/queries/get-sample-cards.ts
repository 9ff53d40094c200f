import 'server-only';
import { markdownToSafeHtml, type SafeHtml } from '@/lib/markdown/to-safe-html';
import { db } from '../db';

export type SampleCard = {
  id: string;
  deckTitle: string;
  front: SafeHtml;
  back: SafeHtml;
  explanation: SafeHtml | null;
};

/**
 * A few live library cards for signed-out visitors (ADR 024): from the first library deck, the
 * first card of each dimension in deck order, so the sample spans the comparison. Content only —
 * nobody's progress is read.
 */
export async function getSampleCards(limit: number): Promise<SampleCard[]> {
  const deck = await db.deck.findFirst({
    where: { kind: 'CONTENT', retiredAt: null },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
    select: {
      title: true,
      cards: {
        where: { card: { retiredAt: null, ownerId: null } },
        orderBy: { position: 'asc' },
        select: { card: { select: { id: true, front: true, back: true, explanation: true, dimensionId: true } } },
      },
    },
  });
  if (!deck) return [];
  const seen = new Set<string | null>();
  const picked: SampleCard[] = [];
  for (const { card } of deck.cards) {
    if (picked.length >= limit) break;
    if (seen.has(card.dimensionId)) continue;
    seen.add(card.dimensionId);
    picked.push({
      id: card.id,
      deckTitle: deck.title,
      front: markdownToSafeHtml(card.front),
      back: markdownToSafeHtml(card.back),
      explanation: card.explanation ? markdownToSafeHtml(card.explanation) : null,
    });
  }
  return picked;
}
