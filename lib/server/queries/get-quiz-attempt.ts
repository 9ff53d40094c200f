import 'server-only';
import type { Statement } from 'better-sqlite3';
import { z } from 'zod';
import { QuizAnswerSchema, QuizModeSchema, QuizQuestionSchema, type QuizMode } from '@/lib/core/quiz/schema';
import type { QuizAnswer, QuizQuestion } from '@/lib/core/quiz/types';
import { currentDatabaseProvider } from '../current-database-provider';
import { preparedQuery, utcColumn } from '../postgres-pool';
import { parseSqliteDate, retryWhileBusy, sqliteConnection } from '../sqlite-connection';

export type QuizAttemptRecord = {
  id: string;
  mode: QuizMode;
  startedAt: Date;
  timeLimitSec: number | null;
  finishedAt: Date | null;
  score: number | null;
  questions: QuizQuestion[];
  answers: Map<
    number,
    { answer: QuizAnswer; correct: boolean; partial: number | null; elapsedMs: number; fellFor: string | null }
  >;
};

const QuestionsSchema = z.array(QuizQuestionSchema);

/** The stored answers, as both engines' JSON aggregate returns them (`correct`: SQLite gives 0/1). */
const AnswerRowsSchema = z.array(
  z.object({
    questionIndex: z.number().int(),
    answer: z.string(),
    correct: z.union([z.boolean(), z.literal(0), z.literal(1)]).transform(Boolean),
    partial: z.number().nullable(),
    elapsedMs: z.number().int(),
    fellFor: z.string().nullable(),
  }),
);

type AttemptRow = {
  id: string;
  mode: string;
  startedAt: Date;
  timeLimitSec: number | null;
  finishedAt: Date | null;
  score: number | null;
  questions: string;
  /** JSON array of the answers (SQLite: text; pg parses json itself). */
  answers: unknown;
};

// The attempt and its answers in one statement (one snapshot, one round trip on PostgreSQL).
const ANSWER_FIELDS = (quote: (c: string) => string) =>
  ['questionIndex', 'answer', 'correct', 'partial', 'elapsedMs', 'fellFor']
    .map((c) => `'${c}', q.${quote(c)}`)
    .join(', ');
const SQLITE_READ = `SELECT a.id, a.mode, a.startedAt, a.timeLimitSec, a.finishedAt, a.score, a.questions,
    (SELECT json_group_array(json_object(${ANSWER_FIELDS((c) => c)})) FROM QuizAnswer q WHERE q.attemptId = a.id) AS answers
  FROM QuizAttempt a WHERE a.id = ? AND a.userId = ?`;
const POSTGRES_READ = `SELECT a."id", a."mode", ${utcColumn('a."startedAt"', 'startedAt')}, a."timeLimitSec",
    ${utcColumn('a."finishedAt"', 'finishedAt')}, a."score", a."questions",
    COALESCE((SELECT json_agg(json_build_object(${ANSWER_FIELDS((c) => `"${c}"`)})) FROM "QuizAnswer" q WHERE q."attemptId" = a."id"), '[]') AS "answers"
  FROM "QuizAttempt" a WHERE a."id" = $1 AND a."userId" = $2`;

type SqliteAttemptRow = Omit<AttemptRow, 'startedAt' | 'finishedAt'> & { startedAt: string; finishedAt: string | null };
let sqliteRead: Statement<[string, string], SqliteAttemptRow> | undefined;

/**
 * The row, by the engine's prepared statement: the quiz answer reads it on every question, and a
 * Prisma query is compiled anew by its query compiler each time, at times for tens of
 * milliseconds on the event loop (ADR 028, session 13).
 */
async function readAttemptRow(userId: string, attemptId: string): Promise<AttemptRow | null> {
  if (currentDatabaseProvider() === 'sqlite') {
    sqliteRead ??= sqliteConnection().prepare(SQLITE_READ);
    const read = sqliteRead;
    const row = await retryWhileBusy(() => read.get(attemptId, userId));
    if (!row) return null;
    return {
      ...row,
      startedAt: parseSqliteDate(row.startedAt)!,
      finishedAt: parseSqliteDate(row.finishedAt),
      answers: JSON.parse(row.answers as string),
    };
  }
  const [row] = (await preparedQuery<AttemptRow>('delight_quiz_attempt', POSTGRES_READ, [attemptId, userId])).rows;
  return row ?? null;
}

/** One of the learner's quizzes with its answers, or null (unknown or someone else's). */
export async function getQuizAttempt(userId: string, attemptId: string): Promise<QuizAttemptRecord | null> {
  const row = await readAttemptRow(userId, attemptId);
  if (!row) return null;
  return {
    id: row.id,
    mode: QuizModeSchema.parse(row.mode),
    startedAt: row.startedAt,
    timeLimitSec: row.timeLimitSec,
    finishedAt: row.finishedAt,
    score: row.score,
    questions: QuestionsSchema.parse(JSON.parse(row.questions)),
    answers: new Map(
      AnswerRowsSchema.parse(row.answers).map((a) => [
        a.questionIndex,
        {
          answer: QuizAnswerSchema.parse(JSON.parse(a.answer)),
          correct: a.correct,
          partial: a.partial,
          elapsedMs: a.elapsedMs,
          fellFor: a.fellFor,
        },
      ]),
    ),
  };
}
