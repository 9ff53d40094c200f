/**
 * The load test's own database work (setup and the final check, not load), on SQLite or PostgreSQL
 * (ADR 029): learner accounts with a quiz and a mock interview under way, written straight into the
 * database; and, afterwards, how many acknowledged writes are missing.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl } from '../../lib/server/database-provider.mjs';

export type LoadLearner = {
  id: string;
  email: string;
  quizId: string;
  quizQuestions: { answer: unknown }[];
  quizNext: number;
  mockId: string;
  mockVersion: number;
};
export type Acks = { reviews: Map<string, string>; quiz: Set<string>; mock: Map<string, number> };

export type LoadtestStore = {
  demoUserId(): Promise<string>;
  /** The questions (JSON) of the first quiz in this database, if any. */
  firstQuizQuestions(): Promise<string | undefined>;
  /**
   * `quizQuestions`: the questions (JSON) the load learners' quizzes copy; by default the first quiz in
   * this database (--compare-workers starts a fresh database per worker count and copies the first one's).
   */
  createLearners(count: number, offset: number, quizQuestions?: string): Promise<LoadLearner[]>;
  countMissing(acks: Acks): Promise<number>;
  close(): Promise<void>;
};

type Row = { id: string; email: string; quizId: string; mockId: string };
const learnerRows = (count: number, offset: number): Row[] =>
  Array.from({ length: count }, (_, k) => {
    const i = offset + k;
    const n = String(i).padStart(8, '0');
    return { id: `load${n}x`, email: `load-${i}@example.test`, quizId: `loadquiz${n}`, mockId: `loadmock${n}` };
  });

/** Right answers to the demo quiz's questions, so every quiz answer is a write. */
function answersOf(questionsJson: string | undefined) {
  const questions = questionsJson ? (JSON.parse(questionsJson) as Record<string, unknown>[]) : [];
  return questions.map((q) => ({
    answer:
      q.type === 'true-false'
        ? { value: true }
        : q.type === 'matching'
          ? { pairs: q.correctPairs }
          : { optionId: q.correctOptionId },
  }));
}
const toLearner = (r: Row, quizQuestions: { answer: unknown }[]): LoadLearner => ({
  ...r,
  quizQuestions,
  quizNext: 0,
  mockVersion: 0,
});

/** `database`: a SQLite file path or a PostgreSQL URL. */
export async function openLoadtestStore(database: string): Promise<LoadtestStore> {
  return isPostgresUrl(database) ? postgresStore(database) : sqliteStore(database);
}

function sqliteStore(file: string): LoadtestStore {
  const db = new Database(file);
  const now = () => new Date().toISOString().replace('Z', '+00:00');
  return {
    demoUserId: async () =>
      (db.prepare("SELECT id FROM User WHERE email = 'learner@example.com'").get() as { id: string }).id,
    firstQuizQuestions: async () =>
      (db.prepare('SELECT questions FROM QuizAttempt LIMIT 1').get() as { questions: string } | undefined)?.questions,
    async createLearners(count, offset, quizQuestions) {
      const hash = (
        db.prepare("SELECT passwordHash FROM User WHERE email = 'learner@example.com'").get() as {
          passwordHash: string;
        }
      ).passwordHash;
      const demoQuiz =
        quizQuestions !== undefined
          ? { questions: quizQuestions }
          : (db.prepare('SELECT questions FROM QuizAttempt LIMIT 1').get() as { questions: string } | undefined);
      const insertUser = db.prepare(
        "INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'LEARNER', ?, ?)",
      );
      const insertQuiz = db.prepare(
        "INSERT INTO QuizAttempt (id, userId, mode, seed, questions, startedAt) VALUES (?, ?, 'practice', 'load', ?, ?)",
      );
      const insertMock = db.prepare(
        "INSERT INTO MockAttempt (id, userId, promptId, mode, timeLimitSec, startedAt, pausedMs, draft, version, autoSubmitted) VALUES (?, ?, 'apigw-vs-alb', 'practice', 1800, ?, 0, '', 0, 0)",
      );
      const rows = learnerRows(count, offset);
      const at = now();
      db.transaction(() => {
        for (const r of rows) {
          insertUser.run(r.id, r.email, r.email, hash, at, at);
          insertQuiz.run(r.quizId, r.id, demoQuiz?.questions ?? '[]', at);
          insertMock.run(r.mockId, r.id, at);
        }
      })();
      return rows.map((r) => toLearner(r, answersOf(demoQuiz?.questions)));
    },
    async countMissing(acks) {
      const reviewFound = db.prepare('SELECT 1 FROM ReviewLog WHERE userId = ? AND reviewId = ?');
      const quizFound = db.prepare('SELECT 1 FROM QuizAnswer WHERE attemptId = ? AND questionIndex = ?');
      const mockVersion = db.prepare('SELECT version FROM MockAttempt WHERE id = ?');
      let missing = 0;
      for (const [reviewId, userId] of acks.reviews) if (!reviewFound.get(userId, reviewId)) missing += 1;
      for (const key of acks.quiz) {
        const [attemptId, index] = key.split(':');
        if (!quizFound.get(attemptId, Number(index))) missing += 1;
      }
      for (const [id, version] of acks.mock)
        if (((mockVersion.get(id) as { version: number } | undefined)?.version ?? -1) < version) missing += 1;
      return missing;
    },
    close: async () => void db.close(),
  };
}

async function postgresStore(url: string): Promise<LoadtestStore> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const one = async <T extends pg.QueryResultRow>(sql: string, values: unknown[] = []) =>
    (await client.query<T>(sql, values)).rows[0];
  return {
    demoUserId: async () =>
      (await one<{ id: string }>(`SELECT "id" FROM "User" WHERE "email" = 'learner@example.com'`))!.id,
    firstQuizQuestions: async () =>
      (await one<{ questions: string }>('SELECT "questions" FROM "QuizAttempt" LIMIT 1'))?.questions,
    async createLearners(count, offset, quizQuestions) {
      const { passwordHash } = (await one<{ passwordHash: string }>(
        `SELECT "passwordHash" FROM "User" WHERE "email" = 'learner@example.com'`,
      ))!;
      const demoQuiz =
        quizQuestions !== undefined
          ? { questions: quizQuestions }
          : await one<{ questions: string }>('SELECT "questions" FROM "QuizAttempt" LIMIT 1');
      const rows = learnerRows(count, offset);
      const column = <K extends keyof Row>(k: K) => rows.map((r) => r[k]);
      // Three statements for the whole batch (unnest), in one transaction.
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO "User" ("id", "email", "name", "passwordHash", "role", "createdAt", "updatedAt")
         SELECT u.id, u.email, u.email, $3, 'LEARNER', now(), now() FROM unnest($1::text[], $2::text[]) AS u(id, email)`,
        [column('id'), column('email'), passwordHash],
      );
      await client.query(
        `INSERT INTO "QuizAttempt" ("id", "userId", "mode", "seed", "questions", "startedAt")
         SELECT q.id, q.user_id, 'practice', 'load', $3, now() FROM unnest($1::text[], $2::text[]) AS q(id, user_id)`,
        [column('quizId'), column('id'), demoQuiz?.questions ?? '[]'],
      );
      await client.query(
        `INSERT INTO "MockAttempt" ("id", "userId", "promptId", "mode", "timeLimitSec", "startedAt", "pausedMs", "draft", "version", "autoSubmitted")
         SELECT m.id, m.user_id, 'apigw-vs-alb', 'practice', 1800, now(), 0, '', 0, FALSE FROM unnest($1::text[], $2::text[]) AS m(id, user_id)`,
        [column('mockId'), column('id')],
      );
      await client.query('COMMIT');
      return rows.map((r) => toLearner(r, answersOf(demoQuiz?.questions)));
    },
    async countMissing(acks) {
      const found = async (sql: string, keys: [string, unknown][]) => {
        if (keys.length === 0) return 0;
        const rows = await one<{ n: number }>(sql, [keys.map((k) => k[0]), keys.map((k) => k[1])]);
        return keys.length - (rows?.n ?? 0);
      };
      const reviews = await found(
        `SELECT COUNT(*)::int AS n FROM unnest($1::text[], $2::text[]) AS a(review_id, user_id) JOIN "ReviewLog" l ON l."userId" = a.user_id AND l."reviewId" = a.review_id`,
        [...acks.reviews],
      );
      const quiz = await found(
        `SELECT COUNT(*)::int AS n FROM unnest($1::text[], $2::int[]) AS a(attempt_id, idx) JOIN "QuizAnswer" q ON q."attemptId" = a.attempt_id AND q."questionIndex" = a.idx`,
        [...acks.quiz].map((key) => {
          const [attemptId, index] = key.split(':');
          return [attemptId!, Number(index)];
        }),
      );
      const mock = await found(
        `SELECT COUNT(*)::int AS n FROM unnest($1::text[], $2::int[]) AS a(id, version) JOIN "MockAttempt" m ON m."id" = a.id AND m."version" >= a.version`,
        [...acks.mock],
      );
      return reviews + quiz + mock;
    },
    close: () => client.end(),
  };
}
