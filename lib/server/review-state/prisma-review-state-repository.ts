import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatabaseProvider } from '../database-url';
import { db } from '../db';
import { isUniqueViolation } from '../is-unique-violation';
import { REVIEW_STATE_SELECT } from '../review-state-row';
import { REVIEW_CARD_COLUMNS } from '../to-review-card';
import { studyDay } from '@/lib/core/scheduler/study-day';
import { browseCards } from './browse-cards';
import { learnerLock } from './lock-learner-writes';
import { prismaLearnerWrites, studyableCardIds } from './prisma-learner-writes';
import { prismaQueueSource } from './prisma-queue-source';
import type { ReviewStateRepository } from './types';

/** The portable repository: Prisma, on any database it supports (ADR 003, 005, 012). */
export function prismaReviewStateRepository(provider: DatabaseProvider): ReviewStateRepository {
  const lock = learnerLock(provider);
  const within = (tx: Prisma.TransactionClient) => prismaLearnerWrites(tx, lock);
  return {
    async record(input) {
      const settings = (await prismaQueueSource.settings(input.userId)).scheduler;
      const run = () => db.$transaction((tx) => within(tx).record(input, settings));
      try {
        return await run();
      } catch (error) {
        // Two copies of one submission raced: the other one won; answer with its result.
        if (isUniqueViolation(error)) return run();
        throw error;
      }
    },
    undo: (userId, reviewId, now) => db.$transaction((tx) => within(tx).undo(userId, reviewId, now)),
    makeDue: (userId, cards, now) => db.$transaction((tx) => within(tx).makeDue(userId, cards, now)),
    within,
    queue: prismaQueueSource,
    async studyableCards(userId, cardIds) {
      const ids = await studyableCardIds(db, userId, cardIds);
      return ids.length === 0 ? [] : db.card.findMany({ where: { id: { in: ids } }, select: REVIEW_CARD_COLUMNS });
    },
    states: (userId, cardIds) =>
      db.reviewState.findMany({ where: { userId, cardId: { in: [...cardIds] } }, select: REVIEW_STATE_SELECT }),
    async mark(userId, cardId, action, now) {
      const { study } = await prismaQueueSource.settings(userId);
      // Buried until the learner's next study day starts (their time zone and rollover hour, as the queue counts days).
      const nextDayStart = studyDay(now, study.timeZone, study.dayStartHour).end;
      return db.$transaction((tx) => within(tx).mark(userId, cardId, action, now, nextDayStart));
    },
    browse: browseCards,
  };
}
