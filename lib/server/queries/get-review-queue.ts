import 'server-only';
import { buildQueue, type QueueEntry } from '@/lib/core/scheduler/build-queue';
import { studyDay } from '@/lib/core/scheduler/study-day';
import type { Flag } from '@/lib/core/cards/card-mark';
import { isCardHeld } from '@/lib/core/cards/is-card-held';
import type { Grade, ReviewState } from '@/lib/core/scheduler/types';
import type { SafeHtml } from '@/lib/markdown/to-safe-html';
import type { CardSource } from '../card-dto';
import { rowToReviewState } from '../review-state-row';
import type { QueueSource } from '../review-state/queue-source';
import { reviewStateRepository } from '../review-state/review-state-repository';
import { toReviewCard } from '../to-review-card';

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
  /** The learner's flag on this card: 0 none, 1–7 Anki's colours (ADR 022). */
  flag: Flag;
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

/**
 * The cards due for this learner now, in order, with what each answer would schedule. Suspended
 * cards and cards buried until a later study day are left out (ADR 022). `onlyDeckIds`: a session
 * of these decks only ("study this deck now"), under the same daily new-card limit.
 */
export async function getReviewQueue(
  userId: string,
  now: Date,
  lastCardId: string | null = null,
  limit = 10,
  source: QueueSource = reviewStateRepository().queue,
  onlyDeckIds: string[] | null = null,
): Promise<ReviewQueue> {
  const settings = await source.settings(userId);
  const deckIds = onlyDeckIds ?? (await source.studiedDeckIds(userId, settings.study.deckIds));
  const day = studyDay(now, settings.study.timeZone, settings.study.dayStartHour);

  const [dueRows, answered, marks] = await Promise.all([
    source.dueStates(userId, deckIds, day.end),
    source.answeredSince(userId, day.start),
    source.marks(userId, now),
  ]);
  const held = new Set(marks.filter((m) => isCardHeld(m, now)).map((m) => m.cardId));
  const flagOf = new Map(marks.map((m) => [m.cardId, m.flag]));
  const newLimit = Math.max(0, settings.study.newPerDay - answered.introduced);
  const newCardIds = await findNewCards(source, userId, deckIds, newLimit, held);

  const states = new Map<string, ReviewState>(dueRows.map((r) => [r.cardId, rowToReviewState(r)]));
  const candidates = [
    ...dueRows.map((r) => ({ cardId: r.cardId, state: states.get(r.cardId)!, order: 0 })),
    ...newCardIds.map((cardId, order) => ({ cardId, state: null, order })),
  ];
  const queue = buildQueue({ candidates, now, dayEnd: day.end, newLimit, lastCardId, held });

  const entries = queue.entries.slice(0, limit);
  const cardRows = entries.length > 0 ? await source.cards(entries.map((e) => e.cardId)) : [];
  const byId = new Map(cardRows.map((c) => [c.id, c]));
  const cards = entries.flatMap((entry): ReviewCard[] => {
    const card = byId.get(entry.cardId);
    return card ? [toReviewCard(card, states.get(entry.cardId) ?? null, entry.kind, now, settings.scheduler, flagOf.get(entry.cardId) ?? 0)] : [];
  });

  let nextDue = queue.nextDueToday;
  if (cards.length === 0 && !nextDue) nextDue = await source.nextDueAfter(userId, deckIds, now);
  return { cards, counts: queue.counts, doneToday: answered.done, nextDue: nextDue?.toISOString() ?? null };
}

/** The first `limit` never-studied cards, deck by deck in the learner's deck order, each card once, none held. */
async function findNewCards(
  source: QueueSource,
  userId: string,
  deckIds: string[],
  limit: number,
  held: ReadonlySet<string>,
): Promise<string[]> {
  const found = new Set<string>();
  for (const deckId of deckIds) {
    if (found.size >= limit) break;
    // + 1: a card may also sit in an earlier deck; + held: suspended or buried new cards are skipped
    for (const cardId of await source.newCardIds(userId, deckId, limit - found.size + 1 + held.size))
      if (!held.has(cardId)) found.add(cardId);
  }
  return [...found].slice(0, limit);
}
