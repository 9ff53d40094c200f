import 'server-only';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import type { SchedulerSettings } from '@/lib/core/scheduler/types';
import { phaseFromNumber, phaseToNumber } from '../review-state-row';
import { parseSqliteDate, retryWhileBusy, sqliteConnection, sqliteDate } from '../sqlite-connection';
import { studyableCardIdsQuery } from './may-study-card';
import { prismaReviewStateRepository } from './prisma-review-state-repository';
import type { QueueStateRow } from './queue-source';
import { recordedFromLog } from './recorded-from-log';
import { reviewLogRow } from './review-log-row';
import { sqliteQueueSource } from './sqlite-queue-source';
import {
  NOT_FOUND,
  REVIEW_ID_CONFLICT,
  REVIEW_ID_UNDONE,
  type RecordReviewInput,
  type RecordReviewResult,
  type ReviewStateRepository,
} from './types';

type StateRow = Omit<QueueStateRow, 'cardId' | 'due' | 'lastReview'> & { due: string; lastReview: string | null };

function open() {
  const connection = sqliteConnection();
  const statements = {
    findLog: connection.prepare<
      [string, string],
      { cardId: string; reviewId: string; grade: number; after: string; undoneAt: unknown }
    >('SELECT cardId, reviewId, grade, after, undoneAt FROM ReviewLog WHERE userId = ? AND reviewId = ?'),
    // The one "may study" rule (may-study-card.ts), prepared once: its text does not depend on the values.
    mayStudy: connection.prepare<string[], { id: string }>(studyableCardIdsQuery('', ['']).sql),
    findState: connection.prepare<[string, string], StateRow>(
      'SELECT due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, phase, lastReview FROM ReviewState WHERE userId = ? AND cardId = ?',
    ),
    upsertState: connection.prepare(
      `INSERT INTO ReviewState (userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, phase, lastReview, updatedAt)
       VALUES (@userId, @cardId, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @phase, @lastReview, @updatedAt)
       ON CONFLICT (userId, cardId) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
         elapsedDays = excluded.elapsedDays, scheduledDays = excluded.scheduledDays, learningSteps = excluded.learningSteps,
         reps = excluded.reps, lapses = excluded.lapses, phase = excluded.phase, lastReview = excluded.lastReview, updatedAt = excluded.updatedAt`,
    ),
    insertLog: connection.prepare(
      `INSERT INTO ReviewLog (id, userId, cardId, reviewId, grade, source, reviewedAt, durationMs, phaseBefore, elapsedDays, before, after)
       VALUES (@id, @userId, @cardId, @reviewId, @grade, @source, @reviewedAt, @durationMs, @phaseBefore, @elapsedDays, @before, @after)`,
    ),
  };

  /** One synchronous transaction: nothing else runs in this thread until it commits (SQLite's learner lock). */
  return connection.transaction((input: RecordReviewInput, settings: SchedulerSettings): RecordReviewResult => {
    const previous = statements.findLog.get(input.userId, input.reviewId);
    if (previous) {
      if (previous.cardId !== input.cardId) return REVIEW_ID_CONFLICT;
      return previous.undoneAt !== null ? REVIEW_ID_UNDONE : { ok: true, data: recordedFromLog(previous) };
    }
    if (!statements.mayStudy.get(...(studyableCardIdsQuery(input.userId, [input.cardId]).values as string[])))
      return NOT_FOUND;

    const row = statements.findState.get(input.userId, input.cardId);
    const before = row
      ? {
          ...row,
          phase: phaseFromNumber(row.phase),
          due: new Date(row.due),
          lastReview: parseSqliteDate(row.lastReview),
        }
      : null;
    const { state, log } = scheduleReview(before, input.grade, input.now, settings);

    statements.upsertState.run({
      ...state,
      userId: input.userId,
      cardId: input.cardId,
      due: sqliteDate(state.due),
      lastReview: state.lastReview ? sqliteDate(state.lastReview) : null,
      phase: phaseToNumber(state.phase),
      updatedAt: sqliteDate(input.now),
    });
    const entry = reviewLogRow(input, before, state, log);
    statements.insertLog.run({ ...entry, reviewedAt: sqliteDate(entry.reviewedAt) });
    return { ok: true, data: recordedFromLog(entry) };
  });
}

let record: ReturnType<typeof open> | undefined;

/**
 * The synchronous record, for a write that must commit together with an answer (a quiz answer's row):
 * call it inside a better-sqlite3 transaction on sqliteConnection(), where it nests as a savepoint.
 */
export function sqliteRecord(): ReturnType<typeof open> {
  record ??= open();
  return record;
}

/**
 * SQLite's repository: the Prisma one, except for its two hot paths — recording an answer (one
 * synchronous transaction of prepared statements on a dedicated better-sqlite3 connection, about
 * 40x cheaper than through Prisma; ADR 003) and the queue's reads (ADR 008).
 */
export function sqliteReviewStateRepository(): ReviewStateRepository {
  return {
    ...prismaReviewStateRepository('sqlite'),
    async record(input) {
      const settings = (await sqliteQueueSource.settings(input.userId)).scheduler;
      const recordNow = sqliteRecord();
      return retryWhileBusy(() => recordNow(input, settings));
    },
    queue: sqliteQueueSource,
  };
}
