import 'server-only';
import type { SchedulerSettings } from '@/lib/core/scheduler/types';
import { currentDatabaseProvider } from './current-database-provider';
import { postgresPool } from './postgres-pool';
import { learnerLockKey } from './review-state/postgres-record-statements';
import { postgresRecordWithin } from './review-state/postgres-review-state-repository';
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
 * The answer row's insert on PostgreSQL, taking the learner's lock first (the one the review writes
 * and Prisma's transactions take, ADR 005), so the answer and its reviews are one turn of the learner's.
 */
const POSTGRES_INSERT = `WITH lock AS (SELECT pg_advisory_xact_lock(hashtextextended($1, 0)))
  INSERT INTO "QuizAnswer" ("attemptId", "questionIndex", "answer", "correct", "partial", "elapsedMs", "answeredAt", "fellFor")
  SELECT $2, $3::int, $4, $5::boolean, $6::float8, $7::int, ($8::timestamptz AT TIME ZONE 'UTC'), $9 FROM lock`;

/** The PostgreSQL write: one transaction on one pooled connection, of named statements (ADR 029). */
async function storePostgres(
  userId: string,
  row: QuizAnswerRow,
  reviews: readonly RecordReviewInput[],
  settings: SchedulerSettings,
) {
  const client = await postgresPool().connect();
  try {
    await client.query('BEGIN');
    await client.query({
      name: 'delight_quiz_answer_insert',
      text: POSTGRES_INSERT,
      values: [
        learnerLockKey(userId),
        row.attemptId,
        row.questionIndex,
        row.answer,
        row.correct,
        row.partial,
        row.elapsedMs,
        row.answeredAt.toISOString(),
        row.fellFor,
      ],
    });
    for (const review of reviews) await postgresRecordWithin(client, review, settings);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * A quiz answer's one write (by `userId`, whose attempt it is): the answer row and a review of
 * every card it exercises, in one transaction. A review of a card retired since the quiz began is skipped (the repository's
 * not_found). A second answer to the same question throws a unique violation (isUniqueViolation).
 * On SQLite it runs on the dedicated connection as one synchronous transaction, retried
 * asynchronously while another process holds the write lock: Prisma's interactive transaction would
 * wait inside SQLite's busy handler and stall every request of the worker (ADR 028). On PostgreSQL it
 * is one transaction of named statements on one pooled connection, about four round trips for an
 * answer exercising one card instead of Prisma's dozen.
 */
export async function storeQuizAnswer(
  userId: string,
  row: QuizAnswerRow,
  reviews: readonly RecordReviewInput[],
  settings: SchedulerSettings,
): Promise<void> {
  if (currentDatabaseProvider() === 'sqlite') {
    const write = (sqliteWrite ??= prepareSqliteWrite());
    await retryWhileBusy(() => write(row, reviews, settings));
    return;
  }
  await storePostgres(userId, row, reviews, settings);
}
