import type { Grade, Phase, ReviewState } from '../scheduler/types';
import { studyDay } from '../scheduler/study-day';
import { localParts } from '../scheduler/zoned-time';
import { CARD_QUEUE, CARD_TYPE, INITIAL_EASE_FACTOR, MAX_ANSWER_MS, REVLOG_TYPE } from './format';

const DAY_MS = 86_400_000;

/** The learner's clock as Anki counts days: study days that roll over at `dayStartHour` in `timeZone`. */
export type AnkiClock = { timeZone: string; dayStartHour: number };

/**
 * The collection's creation (`col.crt`, seconds): the start of the study day holding the earliest
 * instant exported, so every day number is ≥ 0. With `creationOffset` (minutes west of UTC at that
 * instant) and `rollover` in `col.conf`, Anki counts days from here as we do
 * (rslib/src/scheduler/timing.rs `sched_timing_today_v2_new`).
 */
export function ankiCollectionStart(
  instants: readonly Date[],
  clock: AnkiClock,
): { crt: number; creationOffset: number; key: string } {
  const earliest = instants.reduce((a, b) => (b.getTime() < a.getTime() ? b : a));
  const day = studyDay(earliest, clock.timeZone, clock.dayStartHour);
  const local = localParts(day.start, clock.timeZone);
  const localAsUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  return {
    crt: Math.floor(day.start.getTime() / 1000),
    creationOffset: Math.round((day.start.getTime() - localAsUtc) / 60_000),
    key: day.key,
  };
}

function keyToUtcMs(key: string): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Anki's day number of an instant: study days since the collection's first (`startKey`, YYYY-MM-DD). */
export function ankiDayNumber(instant: Date, startKey: string, clock: AnkiClock): number {
  const key = studyDay(instant, clock.timeZone, clock.dayStartHour).key;
  return Math.round((keyToUtcMs(key) - keyToUtcMs(startKey)) / DAY_MS);
}

/** A learner's marks on a card (ADR 022) as far as Anki has them. */
export type ExportMarks = { suspended: boolean; buriedUntil: Date | null; flag: number };

/** The scheduling columns of one row of Anki's `cards` table. */
export type AnkiCardScheduling = {
  type: number;
  queue: number;
  due: number;
  ivl: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
  flags: number;
  /** JSON: FSRS memory state `s`/`d` and last review `lrt` (rslib/src/storage/card/data.rs CardData). */
  data: string;
};

export type CardSchedulingContext = {
  now: Date;
  clock: AnkiClock;
  startKey: string;
  /** 1-based place in the deck: a new card's `due` (Anki's new-card position). */
  position: number;
  learningSteps: number;
  relearningSteps: number;
};

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

/**
 * A card's scheduling in Anki's terms. `state` null (never studied, or scheduling left out) is a
 * new card at its deck position. Learning and relearning cards due within a day sit in the learning
 * queue (due in Unix seconds), longer ones in the day-learning queue; review cards are due on a day
 * number. FSRS memory goes in `data` as Anki stores it (`s` to 4 places, `d` to 3), with the last
 * review time, so Anki's FSRS carries on from the same memory.
 */
export function toAnkiCardScheduling(
  state: ReviewState | null,
  marks: ExportMarks | null,
  ctx: CardSchedulingContext,
): AnkiCardScheduling {
  const flags = marks ? marks.flag & 7 : 0;
  const markedQueue = (queue: number) =>
    marks?.suspended
      ? CARD_QUEUE.suspended
      : marks?.buriedUntil && marks.buriedUntil.getTime() > ctx.now.getTime()
        ? CARD_QUEUE.userBuried
        : queue;

  if (!state || state.phase === 'new') {
    return {
      type: CARD_TYPE.new,
      queue: markedQueue(CARD_QUEUE.new),
      due: ctx.position,
      ivl: 0,
      factor: 0,
      reps: state?.reps ?? 0,
      lapses: state?.lapses ?? 0,
      left: 0,
      flags,
      data: '{}',
    };
  }

  const memory: Record<string, number> = {};
  if (state.stability > 0) {
    memory.s = round(state.stability, 4);
    memory.d = round(Math.min(10, Math.max(1, state.difficulty)), 3);
  }
  if (state.lastReview) memory.lrt = Math.floor(state.lastReview.getTime() / 1000);
  const common = {
    factor: INITIAL_EASE_FACTOR,
    reps: state.reps,
    lapses: state.lapses,
    flags,
    data: JSON.stringify(memory),
  };
  const dueDay = ankiDayNumber(state.due, ctx.startKey, ctx.clock);

  if (state.phase === 'review') {
    return {
      ...common,
      type: CARD_TYPE.review,
      queue: markedQueue(CARD_QUEUE.review),
      due: dueDay,
      ivl: Math.max(1, state.scheduledDays),
      left: 0,
    };
  }

  const relearning = state.phase === 'relearning';
  const steps = relearning ? ctx.relearningSteps : ctx.learningSteps;
  const step = state.lastReview ? state.due.getTime() - state.lastReview.getTime() : 0;
  const interday = step >= DAY_MS;
  return {
    ...common,
    type: relearning ? CARD_TYPE.relearning : CARD_TYPE.learning,
    queue: markedQueue(interday ? CARD_QUEUE.dayLearning : CARD_QUEUE.learning),
    due: interday ? dueDay : Math.floor(state.due.getTime() / 1000),
    // A relearning card's ivl is the review interval it returns to; FSRS recomputes it from memory.
    ivl: relearning ? Math.max(1, Math.round(state.stability)) : 0,
    left: Math.max(1, steps - state.learningSteps),
  };
}

/** One answer from Delight's review log. */
export type ExportAnswer = {
  cardId: string;
  reviewedAt: Date;
  grade: Grade;
  durationMs: number | null;
  phaseBefore: Phase;
  before: ReviewState | null;
  after: ReviewState;
};

/** One row of Anki's `revlog` table (without `cid` and `usn`, which the writer adds). */
export type AnkiRevlog = {
  id: number;
  cardId: string;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
};

const GRADE_EASE: Record<Grade, number> = { again: 1, hard: 2, good: 3, easy: 4 };
const PHASE_KIND: Record<Phase, number> = {
  new: REVLOG_TYPE.learning,
  learning: REVLOG_TYPE.learning,
  review: REVLOG_TYPE.review,
  relearning: REVLOG_TYPE.relearning,
};

/** Anki's interval encoding: whole days as positive numbers, less than a day as negative seconds. */
function intervalOf(from: Date, to: Date): number {
  const ms = Math.max(0, to.getTime() - from.getTime());
  return ms >= DAY_MS ? Math.round(ms / DAY_MS) : -Math.round(ms / 1000);
}

function stateInterval(state: ReviewState | null, since: Date | null): number {
  if (!state || state.phase === 'new' || !since) return 0;
  if (state.phase === 'review') return Math.max(1, state.scheduledDays);
  return intervalOf(since, state.due);
}

/**
 * The review log in Anki's terms, oldest first: `id` the answer's time in milliseconds (made unique
 * by stepping past a clash, as Anki skips a row whose id exists), `ease` 1–4, `ivl` the interval
 * the answer gave and `lastIvl` the one before (days, or negative seconds when shorter than a day),
 * `factor` the FSRS difficulty as Anki logs it (normalised to 100–1100, rslib/src/card/mod.rs
 * `difficulty_shifted`), `time` the answer's duration capped at a minute, `type` learning / review /
 * relearning from the phase the card was in.
 */
export function toAnkiRevlog(answers: readonly ExportAnswer[]): AnkiRevlog[] {
  const sorted = [...answers].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  let lastId = -Infinity;
  return sorted.map((a) => {
    const id = Math.max(a.reviewedAt.getTime(), lastId + 1);
    lastId = id;
    const difficulty = Math.min(10, Math.max(1, a.after.difficulty));
    return {
      id,
      cardId: a.cardId,
      ease: GRADE_EASE[a.grade],
      ivl: a.after.phase === 'review' ? Math.max(1, a.after.scheduledDays) : intervalOf(a.reviewedAt, a.after.due),
      lastIvl: stateInterval(a.before, a.before?.lastReview ?? null),
      factor: Math.round(((difficulty - 1) / 9 + 0.1) * 1000),
      time: Math.min(MAX_ANSWER_MS, Math.max(0, Math.round(a.durationMs ?? 0))),
      type: PHASE_KIND[a.phaseBefore],
    };
  });
}
