import 'server-only';
import type { CardMark, MarkAction } from '@/lib/core/cards/card-mark';
import type { BrowserCard } from '@/lib/core/cards/filter-browser-cards';
import type { Grade, Phase, SchedulerSettings } from '@/lib/core/scheduler/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CardRow } from '../to-review-card';
import type { QueueSource, QueueStateRow } from './queue-source';

export type ReviewSource = 'review' | 'quiz' | 'mock';

export type RecordReviewInput = {
  userId: string;
  cardId: string;
  grade: Grade;
  /** Client-generated id: the same id sent twice records one answer. */
  reviewId: string;
  now: Date;
  durationMs?: number | null;
  source?: ReviewSource;
};

/** The API's answer to a recorded review; a repeat of the same reviewId returns the same body. */
export type RecordedReview = {
  cardId: string;
  reviewId: string;
  grade: Grade;
  due: string;
  state: Phase;
  scheduledDays: number;
  reps: number;
  lapses: number;
};

export type RecordReviewResult =
  { ok: true; data: RecordedReview } | { ok: false; code: 'not_found' | 'conflict'; message: string };

export type UndoReviewResult =
  | { ok: true; data: { cardId: string; reviewId: string } }
  | { ok: false; code: 'not_found' | 'conflict'; message: string };

/** A mark change: the card's marks before and after, and the action that takes it back (null: nothing changed). */
export type MarkedCard = { cardId: string; before: CardMark; after: CardMark; undo: MarkAction | null };
export type MarkCardResult = { ok: true; data: MarkedCard } | { ok: false; code: 'not_found'; message: string };

/** A card for `makeDue`: its id (due now) or its id and the instant it comes due (a mock's planned gap day). */
export type DueCard = string | { cardId: string; due: Date };

/** The limits a settings change re-applies to the cards already scheduled. */
export type DueLimits = Pick<SchedulerSettings, 'maximumIntervalDays' | 'interviewDate'>;

/**
 * One learner's scheduling writes inside a caller's Prisma transaction, so they commit together
 * with the caller's own rows (a quiz answer, a mock submission, new study settings). Each takes
 * the learner's write lock first.
 */
export type LearnerWrites = {
  /** Records one answer: its log row and the card's new FSRS state. */
  record: (input: RecordReviewInput, settings: SchedulerSettings) => Promise<RecordReviewResult>;
  /** Takes back the card's latest answer: its state before is restored, its log row marked undone. */
  undo: (userId: string, reviewId: string, now: Date) => Promise<UndoReviewResult>;
  /**
   * Makes cards the learner may study due now, or each at its own instant (memory kept; never-seen
   * cards start new, due then; a card already due earlier stays as it is). Returns the ids made due, in order.
   */
  makeDue: (userId: string, cards: readonly DueCard[], now: Date) => Promise<string[]>;
  /**
   * Replays every studied card's answers with `settings` (new FSRS parameters, ADR 032) and, when
   * `apply`, writes the new memory and due date of the cards that move by a day or more. Returns how
   * many move, of how many are in review. No log row: not an answer.
   */
  reschedule: (
    userId: string,
    settings: SchedulerSettings,
    now: Date,
    apply: boolean,
  ) => Promise<{ moved: number; inReview: number }>;
  /** Brings every card scheduled past the limits back within them (one statement). Returns how many moved. */
  capDue: (userId: string, limits: DueLimits, now: Date) => Promise<number>;
  /**
   * Suspends, buries (until `nextDayStart`, the start of the learner's next study day), flags, or
   * takes one of those back, on a card the learner may study (ADR 022). No log row: not an answer.
   */
  mark: (userId: string, cardId: string, action: MarkAction, now: Date, nextDayStart: Date) => Promise<MarkCardResult>;
  /**
   * Deletes the learner's whole scheduling history, states and log alike: only for deleting the
   * account (issue 17 §14, ADR 026), inside the transaction that deletes the rest of it.
   */
  forget: (userId: string) => Promise<{ logs: number; states: number }>;
};

/**
 * The one owner of a learner's scheduling state: every read and write of ReviewState and ReviewLog
 * goes through here (ADR 012). Two implementations, one contract and one test suite
 * (tests/integration/review-state-repository.test.ts): Prisma on any database, and SQLite's, which
 * records answers and reads the queue on prepared statements (ADR 003, 008).
 */
export type ReviewStateRepository = {
  /** Idempotent per (user, reviewId); only cards the learner may study. */
  record: (input: RecordReviewInput) => Promise<RecordReviewResult>;
  /** Only the card's latest answer can be undone; undoing twice is the same as once. */
  undo: (userId: string, reviewId: string, now: Date) => Promise<UndoReviewResult>;
  makeDue: (userId: string, cards: readonly DueCard[], now: Date) => Promise<string[]>;
  /** The same writes inside a caller's transaction. */
  within: (tx: Prisma.TransactionClient) => LearnerWrites;
  /** The reads behind the daily queue. */
  queue: QueueSource;
  /** Of these cards, the ones the learner may study (unknown and retired ones left out), in no order. */
  studyableCards: (userId: string, cardIds: readonly string[]) => Promise<CardRow[]>;
  /** The learner's states of these cards (cards never studied have none). */
  states: (userId: string, cardIds: readonly string[]) => Promise<QueueStateRow[]>;
  /** Marks a card (see LearnerWrites.mark), the next study day read from the learner's settings. */
  mark: (userId: string, cardId: string, action: MarkAction, now: Date) => Promise<MarkCardResult>;
  /** Every card the learner may study with its decks, state and marks, in deck order (the card browser). */
  browse: (userId: string) => Promise<BrowserCard[]>;
};

export const NOT_FOUND = { ok: false, code: 'not_found', message: 'No such card.' } as const;
export const REVIEW_ID_CONFLICT = {
  ok: false,
  code: 'conflict',
  message: 'This reviewId was already used for another card.',
} as const;
/** A replay of an answer that has since been undone: the old success would be a lie (DESIGN §2). */
export const REVIEW_ID_UNDONE = {
  ok: false,
  code: 'conflict',
  message: 'This answer was undone; send a new reviewId to answer again.',
} as const;
