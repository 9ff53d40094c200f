import 'server-only';
import type { Statement } from 'better-sqlite3';
import type { SchedulerSettings } from '@/lib/core/scheduler/types';
import { currentDatabaseProvider } from './current-database-provider';
import { db } from './db';
import { reviewStateRepository } from './review-state/review-state-repository';
import { sqliteRecordStatement } from './review-state/sqlite-review-state-repository';
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

let insert: Statement<[string, number, string, number, number | null, number, string, string | null]> | undefined;

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
    const connection = sqliteConnection();
    insert ??= connection.prepare(
      'INSERT INTO "QuizAnswer" ("attemptId", "questionIndex", "answer", "correct", "partial", "elapsedMs", "answeredAt", "fellFor") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertAnswer = insert;
    const record = sqliteRecordStatement();
    // The record's own transaction nests in this one as a savepoint.
    const write = connection.transaction(() => {
      insertAnswer.run(
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
    });
    await retryWhileBusy(() => write());
    return;
  }
  await db.$transaction(async (tx) => {
    await tx.quizAnswer.create({ data: row });
    for (const review of reviews) await reviewStateRepository().within(tx).record(review, settings);
  });
}
