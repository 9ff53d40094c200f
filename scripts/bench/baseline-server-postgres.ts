/**
 * PostgreSQL's own limit for `reviewSubmitPostgres.bareRps` (ADR 029): a bare node:http server doing
 * the same validate → read → FSRS schedule → write as POST /api/review on PostgreSQL, in the same two
 * round trips (one read; one statement that takes the learner's advisory lock, checks the state row's
 * version and writes state + log), on a pg pool of the app's size, with no framework, session or ORM.
 * Usage: tsx scripts/bench/baseline-server-postgres.ts <port> <postgres url> <userId>
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import { DEFAULT_SCHEDULER_SETTINGS, GRADES, PHASES, type ReviewState } from '@/lib/core/scheduler/types';
import { RecordReviewBodySchema } from '@/lib/server/review-input';

const [port, url, userId] = process.argv.slice(2);
if (!port || !url || !userId) throw new Error('usage: baseline-server-postgres <port> <postgres url> <userId>');
const pool = new pg.Pool({ connectionString: url, max: 10 });

const READ = `SELECT l."after" AS "logAfter", (c."id" IS NOT NULL AND c."retiredAt" IS NULL) AS "cardOk",
    s."xmin"::text AS "version", (s."due" AT TIME ZONE 'UTC') AS "due", s."stability", s."difficulty", s."elapsedDays", s."scheduledDays",
    s."learningSteps", s."reps", s."lapses", s."phase", (s."lastReview" AT TIME ZONE 'UTC') AS "lastReview"
  FROM (SELECT 1) one
    LEFT JOIN "ReviewLog" l ON l."userId" = $1 AND l."reviewId" = $3
    LEFT JOIN "Card" c ON c."id" = $2
    LEFT JOIN "ReviewState" s ON s."userId" = $1 AND s."cardId" = $2`;
const ts = (n: number) => `($${n}::timestamptz AT TIME ZONE 'UTC')`;
const LOCK = `lock AS (SELECT pg_advisory_xact_lock(hashtextextended('delight:learner:' || $1, 0)))`;
const LOG = `INSERT INTO "ReviewLog" ("id", "userId", "cardId", "reviewId", "grade", "source", "reviewedAt", "durationMs", "phaseBefore", "elapsedDays", "before", "after")
  SELECT $14, $1, $2, $15, $16::int, 'review', ${ts(13)}, NULL, $17::int, $18::int, $19, $20 FROM state`;
const SET = `"due" = ${ts(3)}, "stability" = $4::float8, "difficulty" = $5::float8, "elapsedDays" = $6::int, "scheduledDays" = $7::int,
  "learningSteps" = $8::int, "reps" = $9::int, "lapses" = $10::int, "phase" = $11::int, "lastReview" = ${ts(12)}, "updatedAt" = ${ts(13)}`;
const UPDATE = `WITH ${LOCK}, state AS (UPDATE "ReviewState" SET ${SET}
  WHERE "userId" = $1 AND "cardId" = $2 AND "xmin" = $21::xid AND EXISTS (SELECT 1 FROM lock) RETURNING 1) ${LOG}`;
const INSERT = `WITH ${LOCK}, state AS (INSERT INTO "ReviewState" ("userId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase", "lastReview", "updatedAt")
  SELECT $1, $2, ${ts(3)}, $4::float8, $5::float8, $6::int, $7::int, $8::int, $9::int, $10::int, $11::int, ${ts(12)}, ${ts(13)}
  WHERE EXISTS (SELECT 1 FROM lock) ON CONFLICT ("userId", "cardId") DO NOTHING RETURNING 1) ${LOG}`;

type Row = Omit<ReviewState, 'phase'> & {
  phase: number;
  logAfter: string | null;
  cardOk: boolean;
  version: string | null;
};

async function record(
  cardId: string,
  grade: (typeof GRADES)[number],
  reviewId: string,
  now: Date,
): Promise<string | null> {
  for (;;) {
    const [row] = (await pool.query<Row>({ name: 'read', text: READ, values: [userId, cardId, reviewId] })).rows;
    if (row!.logAfter) return row!.logAfter;
    if (!row!.cardOk) return null;
    const before: ReviewState | null = row!.version ? { ...row!, phase: PHASES[row!.phase]! } : null;
    const { state, log } = scheduleReview(before, grade, now, DEFAULT_SCHEDULER_SETTINGS);
    const after = JSON.stringify(state);
    const values = [
      userId,
      cardId,
      state.due.toISOString(),
      state.stability,
      state.difficulty,
      state.elapsedDays,
      state.scheduledDays,
      state.learningSteps,
      state.reps,
      state.lapses,
      PHASES.indexOf(state.phase),
      state.lastReview?.toISOString() ?? null,
      now.toISOString(),
      randomUUID(),
      reviewId,
      GRADES.indexOf(grade) + 1,
      PHASES.indexOf(log.phaseBefore),
      log.elapsedDays,
      before ? JSON.stringify(before) : null,
      after,
    ];
    const write = row!.version
      ? pool.query({ name: 'update', text: UPDATE, values: [...values, row!.version] })
      : pool.query({ name: 'insert', text: INSERT, values });
    if ((await write).rowCount === 1) return after;
    // Raced another write to this card: read again.
  }
}

createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    const parsed = RecordReviewBodySchema.safeParse(JSON.parse(body || 'null'));
    if (!parsed.success) {
      res.writeHead(400).end();
      return;
    }
    record(parsed.data.cardId, parsed.data.grade, parsed.data.reviewId, new Date()).then(
      (after) => {
        if (!after) {
          res.writeHead(404).end();
          return;
        }
        const state = JSON.parse(after) as { due: string; phase: string };
        res
          .writeHead(200, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ cardId: parsed.data.cardId, due: state.due, state: state.phase }));
      },
      (error: unknown) => {
        process.stderr.write(`baseline-postgres: ${String(error)}\n`);
        res.writeHead(500).end();
      },
    );
  });
}).listen(Number(port), () => process.stderr.write(`bare node:http + pg server on ${port}\n`));
