import 'server-only';
import type { BrowserCard } from '@/lib/core/cards/filter-browser-cards';
import { NO_MARK } from '@/lib/core/cards/card-mark';
import { markdownToPlainText } from '@/lib/markdown/to-plain-text';
import { db } from '../db';
import { phaseFromNumber } from '../review-state-row';
import { studyableCardsQuery } from './may-study-card';

/**
 * Every card the learner may study (the one rule, may-study-card.ts) with its live decks, the
 * learner's state and marks: the card browser's data. A learner holds a few hundred cards (221
 * library cards plus their classes' decks), so the browser filters these in memory (ADR 022).
 * Order: deck by deck (library decks by position, then the rest by title), cards in deck order.
 */
export async function browseCards(userId: string): Promise<BrowserCard[]> {
  const cards = await db.$queryRaw<{ id: string; front: string; back: string }[]>(studyableCardsQuery(userId));
  if (cards.length === 0) return [];
  const ids = cards.map((c) => c.id);
  const [placements, states, marks] = await Promise.all([
    db.deckCard.findMany({
      where: {
        cardId: { in: ids },
        deck: { retiredAt: null, OR: [{ kind: 'CONTENT' }, { published: true }, { ownerId: userId }] },
      },
      orderBy: [
        { deck: { kind: 'asc' } },
        { deck: { position: 'asc' } },
        { deck: { title: 'asc' } },
        { position: 'asc' },
      ],
      select: { cardId: true, deck: { select: { title: true } } },
    }),
    db.reviewState.findMany({
      where: { userId, cardId: { in: ids } },
      select: { cardId: true, phase: true, due: true },
    }),
    db.cardMark.findMany({
      where: { userId, cardId: { in: ids } },
      select: { cardId: true, suspendedAt: true, buriedUntil: true, flag: true },
    }),
  ]);
  const decksOf = new Map<string, string[]>();
  for (const p of placements) decksOf.set(p.cardId, [...(decksOf.get(p.cardId) ?? []), p.deck.title]);
  const order = new Map<string, number>();
  for (const p of placements) if (!order.has(p.cardId)) order.set(p.cardId, order.size);
  const stateOf = new Map(states.map((s) => [s.cardId, s]));
  const markOf = new Map(marks.map((m) => [m.cardId, m]));
  return cards
    .map((card): BrowserCard => {
      const state = stateOf.get(card.id);
      const mark = markOf.get(card.id);
      return {
        id: card.id,
        front: markdownToPlainText(card.front),
        back: markdownToPlainText(card.back),
        decks: decksOf.get(card.id) ?? [],
        phase: state ? phaseFromNumber(state.phase) : null,
        due: state?.due ?? null,
        mark: mark ? { suspendedAt: mark.suspendedAt, buriedUntil: mark.buriedUntil, flag: mark.flag } : NO_MARK,
      };
    })
    .sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || (a.id < b.id ? -1 : 1));
}
