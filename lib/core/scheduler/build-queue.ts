import type { Phase, ReviewState } from './types';

export type QueueCandidate = {
  cardId: string;
  /** null: never studied. */
  state: ReviewState | null;
  /** Order of new cards (deck position); reviews are ordered by due date. */
  order: number;
};

export type QueueEntry = { cardId: string; kind: 'new' | 'learning' | 'review'; due: Date | null };

export type Queue = {
  /** Cards to show now, in order. */
  entries: QueueEntry[];
  counts: { new: number; learning: number; review: number };
  /** When the next card not in `entries` comes due today (a learning step), else null. */
  nextDueToday: Date | null;
};

export type BuildQueueInput = {
  candidates: readonly QueueCandidate[];
  now: Date;
  /** End of the learner's study day: reviews due before it count as today's. */
  dayEnd: Date;
  /** New cards still allowed today (daily limit minus those already introduced). */
  newLimit: number;
  /** Show learning cards due within this many minutes when nothing else is left (Anki's learn-ahead). */
  learnAheadMinutes?: number;
  /** The card just answered: not shown twice in a row when there is another choice. */
  lastCardId?: string | null;
  /** Cards the learner suspended or buried (see isCardHeld): left out entirely, as in Anki. */
  held?: ReadonlySet<string>;
};

const LEARNING: ReadonlySet<Phase> = new Set(['learning', 'relearning']);

/**
 * Today's queue, Anki-style: learning steps that are due first, then due reviews (oldest first)
 * with new cards spread evenly among them up to the daily limit. Stable for the same input.
 */
export function buildQueue(input: BuildQueueInput): Queue {
  const now = input.now.getTime();
  const learnAhead = now + (input.learnAheadMinutes ?? 20) * 60_000;
  const byDue = (a: QueueCandidate, b: QueueCandidate) =>
    a.state!.due.getTime() - b.state!.due.getTime() || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0);

  const learningNow: QueueCandidate[] = [];
  const learningLater: QueueCandidate[] = [];
  const reviews: QueueCandidate[] = [];
  const fresh: QueueCandidate[] = [];
  for (const c of input.candidates) {
    if (input.held?.has(c.cardId)) continue;
    if (!c.state || c.state.phase === 'new') fresh.push(c);
    else if (LEARNING.has(c.state.phase)) {
      if (c.state.due.getTime() <= now) learningNow.push(c);
      else if (c.state.due.getTime() < input.dayEnd.getTime()) learningLater.push(c);
    } else if (c.state.due.getTime() < input.dayEnd.getTime()) reviews.push(c);
  }
  learningNow.sort(byDue);
  learningLater.sort(byDue);
  reviews.sort(byDue);
  fresh.sort((a, b) => a.order - b.order || (a.cardId < b.cardId ? -1 : 1));
  const newCards = fresh.slice(0, Math.max(0, input.newLimit));

  const entry = (c: QueueCandidate, kind: QueueEntry['kind']): QueueEntry => ({
    cardId: c.cardId,
    kind,
    due: c.state && c.state.phase !== 'new' ? c.state.due : null,
  });
  const entries: QueueEntry[] = learningNow.map((c) => entry(c, 'learning'));
  entries.push(...interleave(reviews.map((c) => entry(c, 'review')), newCards.map((c) => entry(c, 'new'))));

  // Nothing else to do: pull learning steps due soon forward instead of making the learner wait.
  let later = learningLater;
  if (entries.length === 0) {
    const soon = learningLater.filter((c) => c.state!.due.getTime() <= learnAhead);
    entries.push(...soon.map((c) => entry(c, 'learning')));
    later = learningLater.slice(soon.length);
  }

  avoidRepeat(entries, input.lastCardId ?? null);
  return {
    entries,
    counts: {
      new: newCards.length,
      learning: learningNow.length + learningLater.length,
      review: reviews.length,
    },
    nextDueToday: later[0]?.state?.due ?? null,
  };
}

/** Spreads `b` evenly through `a` (e.g. 30 reviews and 10 new: a new card every 3 reviews). */
function interleave<T>(a: T[], b: T[]): T[] {
  if (a.length === 0) return [...b];
  if (b.length === 0) return [...a];
  const out: T[] = [];
  const step = (a.length + b.length) / b.length;
  let nextB = step / 2;
  let i = 0;
  let j = 0;
  for (let position = 0; position < a.length + b.length; position++) {
    if (j < b.length && (position >= nextB - 0.5 || i >= a.length)) {
      out.push(b[j++]!);
      nextB += step;
    } else {
      out.push(a[i++]!);
    }
  }
  return out;
}

function avoidRepeat(entries: QueueEntry[], lastCardId: string | null): void {
  if (lastCardId && entries.length > 1 && entries[0]!.cardId === lastCardId) {
    const [first, second] = [entries[0]!, entries[1]!];
    entries[0] = second;
    entries[1] = first;
  }
}
