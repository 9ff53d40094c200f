import 'server-only';
import { applyMarkAction } from '@/lib/core/cards/apply-mark-action';
import { NO_MARK } from '@/lib/core/cards/card-mark';
import { undoMarkAction } from '@/lib/core/cards/undo-mark-action';
import { capDue } from '@/lib/core/scheduler/cap-due';
import { newReviewState } from '@/lib/core/scheduler/new-review-state';
import { rescheduleCard } from '@/lib/core/scheduler/reschedule-card';
import type { Grade } from '@/lib/core/scheduler/types';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import type { Prisma } from '@/lib/generated/prisma/client';
import { gradeFromNumber, parseReviewState, phaseToNumber, reviewStateToRow, rowToReviewState } from '../review-state-row';
import type { LearnerLock } from './lock-learner-writes';
import { studyableCardIdsQuery } from './may-study-card';
import { recordedFromLog } from './recorded-from-log';
import { reviewLogRow } from './review-log-row';
import { NOT_FOUND, REVIEW_ID_CONFLICT, REVIEW_ID_UNDONE, type LearnerWrites } from './types';

/** Of these cards, the ids the learner may study, in the order given, each once. */
export async function studyableCardIds(
  tx: Prisma.TransactionClient,
  userId: string,
  cardIds: readonly string[],
): Promise<string[]> {
  if (cardIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>(studyableCardIdsQuery(userId, cardIds));
  const allowed = new Set(rows.map((r) => r.id));
  return [...new Set(cardIds)].filter((id) => allowed.has(id));
}

/** A learner's scheduling writes through Prisma, inside the caller's transaction, each under the learner's lock. */
export function prismaLearnerWrites(tx: Prisma.TransactionClient, lock: LearnerLock): LearnerWrites {
  return {
    async record(input, settings) {
      await lock(tx, input.userId);
      const previous = await tx.reviewLog.findUnique({
        where: { userId_reviewId: { userId: input.userId, reviewId: input.reviewId } },
        select: { cardId: true, reviewId: true, grade: true, after: true, undoneAt: true },
      });
      if (previous) {
        if (previous.cardId !== input.cardId) return REVIEW_ID_CONFLICT;
        return previous.undoneAt ? REVIEW_ID_UNDONE : { ok: true, data: recordedFromLog(previous) };
      }
      if ((await studyableCardIds(tx, input.userId, [input.cardId])).length === 0) return NOT_FOUND;

      const key = { userId_cardId: { userId: input.userId, cardId: input.cardId } };
      const row = await tx.reviewState.findUnique({ where: key });
      const before = row ? rowToReviewState(row) : null;
      const { state, log } = scheduleReview(before, input.grade, input.now, settings);
      const columns = reviewStateToRow(state);
      await tx.reviewState.upsert({
        where: key,
        create: { userId: input.userId, cardId: input.cardId, ...columns },
        update: columns,
      });
      const entry = reviewLogRow(input, before, state, log);
      await tx.reviewLog.create({ data: entry, select: { id: true } });
      return { ok: true, data: recordedFromLog(entry) };
    },

    async undo(userId, reviewId, now) {
      await lock(tx, userId);
      const log = await tx.reviewLog.findUnique({
        where: { userId_reviewId: { userId, reviewId } },
        select: { id: true, cardId: true, reviewedAt: true, before: true, undoneAt: true },
      });
      if (!log) return { ok: false, code: 'not_found', message: 'No such answer to undo.' };
      const result = { ok: true as const, data: { cardId: log.cardId, reviewId } };
      if (log.undoneAt) return result;

      const later = await tx.reviewLog.findFirst({
        where: { userId, cardId: log.cardId, undoneAt: null, reviewedAt: { gt: log.reviewedAt } },
        select: { id: true },
      });
      if (later) return { ok: false, code: 'conflict', message: 'Only the latest answer to a card can be undone.' };

      if (log.before) {
        const columns = reviewStateToRow(parseReviewState(log.before));
        const key = { userId_cardId: { userId, cardId: log.cardId } };
        await tx.reviewState.upsert({
          where: key,
          create: { userId, cardId: log.cardId, ...columns },
          update: columns,
        });
      } else {
        await tx.reviewState.deleteMany({ where: { userId, cardId: log.cardId } });
      }
      // The log is append-only: the row stays, marked undone.
      await tx.reviewLog.update({ where: { id: log.id }, data: { undoneAt: now } });
      return result;
    },

    async makeDue(userId, cards, now) {
      await lock(tx, userId);
      const dueOf = new Map<string, Date>();
      for (const card of cards) {
        const [cardId, due] = typeof card === 'string' ? [card, now] : [card.cardId, card.due];
        if (!dueOf.has(cardId)) dueOf.set(cardId, due);
      }
      const ids = await studyableCardIds(tx, userId, [...dueOf.keys()]);
      if (ids.length === 0) return [];
      const studied = new Set(
        (await tx.reviewState.findMany({ where: { userId, cardId: { in: ids } }, select: { cardId: true } })).map(
          (s) => s.cardId,
        ),
      );
      const fresh = reviewStateToRow(newReviewState(now));
      const unseen = ids.filter((id) => !studied.has(id));
      if (unseen.length > 0)
        await tx.reviewState.createMany({ data: unseen.map((cardId) => ({ userId, cardId, ...fresh, due: dueOf.get(cardId)! })) });
      // A studied card keeps its memory and only comes due at its instant (one due earlier stays as it is):
      // one statement per instant (a mock plans a handful of days).
      const byInstant = new Map<number, string[]>();
      for (const cardId of ids.filter((id) => studied.has(id))) {
        const at = dueOf.get(cardId)!.getTime();
        byInstant.set(at, [...(byInstant.get(at) ?? []), cardId]);
      }
      for (const [at, cardIds] of byInstant) {
        const due = new Date(at);
        await tx.reviewState.updateMany({ where: { userId, cardId: { in: cardIds }, due: { gt: due } }, data: { due } });
      }
      return ids;
    },

    async reschedule(userId, settings, now, apply) {
      await lock(tx, userId);
      const [states, logs] = await Promise.all([
        tx.reviewState.findMany({ where: { userId, phase: phaseToNumber('review') } }),
        tx.reviewLog.findMany({
          where: { userId, undoneAt: null },
          select: { cardId: true, grade: true, reviewedAt: true },
          orderBy: { reviewedAt: 'asc' },
        }),
      ]);
      const answers = new Map<string, { grade: Grade; reviewedAt: Date }[]>();
      for (const log of logs) {
        const list = answers.get(log.cardId) ?? [];
        list.push({ grade: gradeFromNumber(log.grade), reviewedAt: log.reviewedAt });
        answers.set(log.cardId, list);
      }
      let moved = 0;
      for (const row of states) {
        const next = rescheduleCard(rowToReviewState(row), answers.get(row.cardId) ?? [], now, settings);
        if (!next) continue;
        moved += 1;
        if (apply) {
          await tx.reviewState.update({
            where: { userId_cardId: { userId, cardId: row.cardId } },
            data: { due: next.due, stability: next.stability, difficulty: next.difficulty, scheduledDays: next.scheduledDays },
          });
        }
      }
      return { moved, inReview: states.length };
    },

    async capDue(userId, limits, now) {
      await lock(tx, userId);
      const interview = limits.interviewDate;
      if (!interview || interview <= now) return 0;
      // capDue moves every card due after the interview to the same instant, so one statement
      // moves them all: capDue of a card due just after the interview says where.
      const probe = { ...newReviewState(now), due: new Date(interview.getTime() + 1) };
      const { due, scheduledDays } = capDue(probe, now, limits);
      const { count } = await tx.reviewState.updateMany({
        where: { userId, due: { gt: interview } },
        data: { due, scheduledDays },
      });
      return count;
    },

    async mark(userId, cardId, action, now, nextDayStart) {
      await lock(tx, userId);
      if ((await studyableCardIds(tx, userId, [cardId])).length === 0) return NOT_FOUND;
      const key = { userId_cardId: { userId, cardId } };
      const row = await tx.cardMark.findUnique({ where: key, select: { suspendedAt: true, buriedUntil: true, flag: true } });
      const before = row ?? NO_MARK;
      const after = applyMarkAction(before, action, now, nextDayStart);
      await tx.cardMark.upsert({ where: key, create: { userId, cardId, ...after }, update: after });
      return { ok: true, data: { cardId, before, after, undo: undoMarkAction(before, action, now) } };
    },
    async forget(userId) {
      await lock(tx, userId);
      await tx.cardMark.deleteMany({ where: { userId } });
      const logs = await tx.reviewLog.deleteMany({ where: { userId } });
      const states = await tx.reviewState.deleteMany({ where: { userId } });
      return { logs: logs.count, states: states.count };
    },
  };
}
