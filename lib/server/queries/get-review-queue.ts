import 'server-only';
import { buildQueue, type QueueEntry } from '@/lib/core/scheduler/build-queue';
import { studyDay } from '@/lib/core/scheduler/study-day';
import type { Grade, ReviewState } from '@/lib/core/scheduler/types';
import type { CardSource } from '../card-dto';
import type { SafeHtml } from '@/lib/markdown/to-safe-html';
import { db } from '../db';
import { rowToReviewState } from '../review-state-row';
import { REVIEW_CARD_COLUMNS, toReviewCard } from '../to-review-card';
import { getStudiedDeckIds } from './get-studied-deck-ids';
import { getStudySettings } from './get-study-settings';

export type ReviewCard = {
  id: string;
  front: string;
  back: string;
  explanation: string | null;
  /** front, back and explanation rendered on the server, so the review screen ships no Markdown parser. */
  html: { front: SafeHtml; back: SafeHtml; explanation: SafeHtml | null };
  sources: CardSource[];
  dimension: string | null;
  kind: QueueEntry['kind'];
  /** Next interval per answer button, e.g. { again: '1m', good: '3d' }. */
  intervals: Record<Grade, string>;
};

export type ReviewQueue = {
  /** The next cards in order (at most `limit`: the client asks again after each answer; `counts` covers the whole day). */
  cards: ReviewCard[];
  counts: { new: number; learning: number; review: number };
  /** Answers given today (not undone), for the progress bar. */
  doneToday: number;
  /** When the next card comes due after this queue is empty (ISO), or null when nothing is scheduled. */
  nextDue: string | null;
};

const STATE_COLUMNS = {
  cardId: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  phase: true,
  lastReview: true,
} as const;

/** The cards due for this learner now, in order, with what each answer would schedule. */
export async function getReviewQueue(
  userId: string,
  now: Date,
  lastCardId: string | null = null,
  limit = 10,
): Promise<ReviewQueue> {
  const settings = await getStudySettings(userId);
  const deckIds = await getStudiedDeckIds(userId, settings.study.deckIds);
  const day = studyDay(now, settings.study.timeZone, settings.study.dayStartHour);
  const studied = { retiredAt: null, decks: { some: { deckId: { in: deckIds } } } };

  const [dueRows, introducedToday, doneToday] = await Promise.all([
    db.reviewState.findMany({ where: { userId, due: { lt: day.end }, card: studied }, select: STATE_COLUMNS }),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: day.start }, phaseBefore: 0, undoneAt: null } }),
    db.reviewLog.count({ where: { userId, reviewedAt: { gte: day.start }, undoneAt: null } }),
  ]);
  const newLimit = Math.max(0, settings.study.newPerDay - introducedToday);
  const newRows = await findNewCards(userId, deckIds, newLimit);

  const states = new Map<string, ReviewState>(dueRows.map((r) => [r.cardId, rowToReviewState(r)]));
  const seen = new Set<string>();
  const candidates = [
    ...dueRows.map((r) => ({ cardId: r.cardId, state: states.get(r.cardId)!, order: 0 })),
    ...newRows
      .filter((r) => !seen.has(r.cardId) && seen.add(r.cardId))
      .map((r, order) => ({ cardId: r.cardId, state: null, order })),
  ];
  const queue = buildQueue({ candidates, now, dayEnd: day.end, newLimit, lastCardId });

  const entries = queue.entries.slice(0, limit);
  const cardRows = await db.card.findMany({
    where: { id: { in: entries.map((e) => e.cardId) } },
    select: REVIEW_CARD_COLUMNS,
  });
  const byId = new Map(cardRows.map((c) => [c.id, c]));
  const cards = entries.flatMap((entry): ReviewCard[] => {
    const card = byId.get(entry.cardId);
    return card ? [toReviewCard(card, states.get(entry.cardId) ?? null, entry.kind, now, settings.scheduler)] : [];
  });

  let nextDue = queue.nextDueToday;
  if (cards.length === 0 && !nextDue) {
    const next = await db.reviewState.findFirst({
      where: { userId, due: { gt: now }, card: studied },
      orderBy: { due: 'asc' },
      select: { due: true },
    });
    nextDue = next?.due ?? null;
  }
  return { cards, counts: queue.counts, doneToday, nextDue: nextDue?.toISOString() ?? null };
}

/**
 * The first `limit` never-studied cards, deck by deck in the learner's deck order (each deck
 * walked along its (deckId, position) index: a join-and-sort over every card is 40x slower).
 */
async function findNewCards(userId: string, deckIds: string[], limit: number): Promise<{ cardId: string }[]> {
  const found: { cardId: string }[] = [];
  for (const deckId of deckIds) {
    if (found.length >= limit) break;
    const rows = await db.deckCard.findMany({
      where: { deckId, card: { retiredAt: null, states: { none: { userId } } } },
      orderBy: { position: 'asc' },
      take: limit - found.length + 1, // + 1: a card may also sit in an earlier deck
      select: { cardId: true },
    });
    found.push(...rows);
  }
  return found;
}
