import 'server-only';
import type { CardMark } from '@/lib/core/cards/card-mark';
import type { ReviewStateColumns } from '../review-state-row';
import type { LearnerSettings } from '../study-settings-row';
import type { CardRow } from '../to-review-card';

export type QueueStateRow = ReviewStateColumns & { cardId: string };

/** A learner's marks on one card (CardMark row). */
export type MarkRow = CardMark & { cardId: string };

/**
 * The reads behind the daily review queue. Two implementations with one contract and one test
 * (tests/integration/queue-sources.test.ts): prepared statements on SQLite, Prisma elsewhere (ADR 008).
 */
export type QueueSource = {
  settings(userId: string): Promise<LearnerSettings>;
  /** Class-assigned decks first (oldest assignment first), then the learner's library decks. */
  studiedDeckIds(userId: string, chosen: string[] | null): Promise<string[]>;
  /** The learner's states due before `before` on live cards in the studied decks, by card id. */
  dueStates(userId: string, deckIds: string[], before: Date): Promise<QueueStateRow[]>;
  /** Answers (not undone) since `since`: all of them, and those that introduced a new card. */
  answeredSince(userId: string, since: Date): Promise<{ done: number; introduced: number }>;
  /** Up to `take` live cards of one deck the learner has never studied, in deck order. */
  newCardIds(userId: string, deckId: string, take: number): Promise<string[]>;
  cards(ids: string[]): Promise<CardRow[]>;
  /** The earliest due date after `after` on live cards in the studied decks, not suspended or buried at `after`. */
  nextDueAfter(userId: string, deckIds: string[], after: Date): Promise<Date | null>;
  /** The learner's marks that matter at `now`: suspended, buried past `now`, or flagged (ADR 022). */
  marks(userId: string, now: Date): Promise<MarkRow[]>;
};
