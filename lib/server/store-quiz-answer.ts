import 'server-only';
import type { SchedulerSettings } from '@/lib/core/scheduler/types';
import { currentDatabaseProvider } from './current-database-provider';
import { db } from './db';
import { reviewStateRepository } from './review-state/review-state-repository';
import { sqliteRecord } from './review-state/sqlite-review-state-repository';
import type { RecordReviewInput } from './review-state/types';
import { retryWhileBusy, sqliteConnection, sqliteDate } from './sqlite-connection';

export type QuizAnswerRow = {
  attemptId: string;
  questionIndex: number;
  /** JSON of the answer given. */
  answer: string;
  correct: boolean;
  partial: number | null;
  elapsedMs: number;
  answeredAt: Date;
  fellFor: string | null;
};

/** The SQLite write, prepared once: the answer's insert, then each review (whose own transaction nests as a savepoint). */
function prepareSqliteWrite() {
  const connection = sqliteConnection();
  const insert = connection.prepare<[string, number, string, number, number | null, number, string, string | null]>(
    'INSERT INTO "QuizAnswer" ("attemptId", "questionIndex", "answer", "correct", "partial", "elapsedMs", "answeredAt", "fellFor") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const record = sqliteRecord();
  return connection.transaction(
    (row: QuizAnswerRow, reviews: readonly RecordReviewInput[], settings: SchedulerSettings) => {
      insert.run(
        row.attemptId,
        row.questionIndex,
        row.answer,
        row.correct ? 1 : 0,
        row.partial,
        row.elapsedMs,
        sqliteDate(row.answeredAt),
        row.fellFor,
      );
      for (const review of reviews) record(review, settings);
    },
  );
}

let sqliteWrite: ReturnType<typeof prepareSqliteWrite> | undefined;

/**
 * A quiz answer's one write: the answer row and a review of every card it exercises, in one
 * transaction. A review of a card retired since the quiz began is skipped (the repository's
 * not_found). A second answer to the same question throws a unique violation (isUniqueViolation).
 * On SQLite it runs on the dedicated connection as one synchronous transaction, retried
 * asynchronously while another process holds the write lock: Prisma's interactive transaction would
 * wait inside SQLite's busy handler and stall every request of the worker (ADR 028).
 */
export async function storeQuizAnswer(
  row: QuizAnswerRow,
  reviews: readonly RecordReviewInput[],
  settings: SchedulerSettings,
): Promise<void> {
  if (currentDatabaseProvider() === 'sqlite') {
    const write = (sqliteWrite ??= prepareSqliteWrite());
    await retryWhileBusy(() => write(row, reviews, settings));
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.quizAnswer.create({ data: row });
    for (const review of reviews) await reviewStateRepository().within(tx).record(review, settings);
  });
}
