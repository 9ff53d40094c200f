import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { mayStudy } from './may-study-card';
import type { ReviewLogRow } from './review-log-row';

/**
 * The two statements of an answer on PostgreSQL (ADR 029): one read, then one write that takes the
 * learner's lock, checks that nothing changed since the read, and writes state and log together.
 * Both are named, so each connection parses and plans them once. Dates travel as ISO text and are
 * turned into the columns' UTC `timestamp(3)` in SQL (`… AT TIME ZONE 'UTC'`), so the process's
 * time zone never matters.
 */

const utc = (column: string) => Prisma.raw(`(${column} AT TIME ZONE 'UTC')`);
const toTimestamp = (iso: string | null) => Prisma.sql`(${iso}::timestamptz AT TIME ZONE 'UTC')`;

/** What the read returns: the answer already stored under this reviewId, whether the card may be studied, its state and the settings. */
export type RecordReadRow = {
  logCardId: string | null;
  logReviewId: string | null;
  logGrade: number | null;
  logAfter: string | null;
  logUndone: boolean | null;
  mayStudy: boolean;
  /** The state row's version (`xmin`): any later write of the row changes it. Null when there is no row. */
  version: string | null;
  due: Date | null;
  stability: number | null;
  difficulty: number | null;
  elapsedDays: number | null;
  scheduledDays: number | null;
  learningSteps: number | null;
  reps: number | null;
  lapses: number | null;
  phase: number | null;
  lastReview: Date | null;
  hasSettings: boolean;
  desiredRetention: number | null;
  newPerDay: number | null;
  maximumIntervalDays: number | null;
  interviewDate: Date | null;
  timeZone: string | null;
  dayStartHour: number | null;
  deckIds: string | null;
  fsrsParameters: string | null;
};

/** One round trip: idempotency row, the "may study" rule (may-study-card.ts), the state and its version, the settings. */
export function recordReadStatement(userId: string, cardId: string, reviewId: string): Prisma.Sql {
  return Prisma.sql`SELECT
    l."cardId" AS "logCardId", l."reviewId" AS "logReviewId", l."grade" AS "logGrade", l."after" AS "logAfter",
    (l."undoneAt" IS NOT NULL) AS "logUndone",
    EXISTS (SELECT 1 FROM "Card" c WHERE c."id" = ${cardId} AND ${mayStudy(userId)}) AS "mayStudy",
    s."xmin"::text AS "version", ${utc('s."due"')} AS "due", s."stability", s."difficulty", s."elapsedDays",
    s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."phase", ${utc('s."lastReview"')} AS "lastReview",
    (st."userId" IS NOT NULL) AS "hasSettings", st."desiredRetention", st."newPerDay", st."maximumIntervalDays",
    ${utc('st."interviewDate"')} AS "interviewDate", st."timeZone", st."dayStartHour", st."deckIds",
    st."fsrsParameters"
  FROM (SELECT 1) AS one
    LEFT JOIN "ReviewLog" l ON l."userId" = ${userId} AND l."reviewId" = ${reviewId}
    LEFT JOIN "ReviewState" s ON s."userId" = ${userId} AND s."cardId" = ${cardId}
    LEFT JOIN "StudySettings" st ON st."userId" = ${userId}`;
}

/** The new state's columns, as the write binds them. */
export type StateColumns = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: number;
  lastReview: Date | null;
};

/** The same advisory lock key as lock-learner-writes.ts, so this write and Prisma's transactions take turns. */
export const learnerLockKey = (userId: string) => `delight:learner:${userId}`;

/**
 * One round trip, one statement (so one transaction): take the learner's lock, then write the state —
 * an UPDATE only if the row is still the version the read saw (`xmin`; after waiting for a lock,
 * PostgreSQL re-checks the newest version of the row), or an INSERT only if there is still no row — and,
 * only if that wrote a row, the log row. No row written means another write came first: the caller
 * falls back to the locking transaction. A reviewId stored meanwhile fails the log's unique index and
 * with it the whole statement.
 */
export function recordWriteStatement(
  version: string | null,
  state: StateColumns,
  log: ReviewLogRow,
  now: Date,
): Prisma.Sql {
  const lock = Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${learnerLockKey(log.userId)}, 0))`;
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  const stateWrite =
    version === null
      ? Prisma.sql`INSERT INTO "ReviewState" ("userId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "phase", "lastReview", "updatedAt")
        SELECT ${log.userId}, ${log.cardId}, ${toTimestamp(iso(state.due))}, ${state.stability}::float8, ${state.difficulty}::float8,
          ${state.elapsedDays}::int, ${state.scheduledDays}::int, ${state.learningSteps}::int, ${state.reps}::int, ${state.lapses}::int,
          ${state.phase}::int, ${toTimestamp(iso(state.lastReview))}, ${toTimestamp(iso(now))}
        WHERE EXISTS (SELECT 1 FROM lock) AND NOT EXISTS (SELECT 1 FROM "ReviewLog" WHERE "userId" = ${log.userId} AND "reviewId" = ${log.reviewId})
        ON CONFLICT ("userId", "cardId") DO NOTHING RETURNING 1`
      : Prisma.sql`UPDATE "ReviewState" SET "due" = ${toTimestamp(iso(state.due))}, "stability" = ${state.stability}::float8,
          "difficulty" = ${state.difficulty}::float8, "elapsedDays" = ${state.elapsedDays}::int, "scheduledDays" = ${state.scheduledDays}::int,
          "learningSteps" = ${state.learningSteps}::int, "reps" = ${state.reps}::int, "lapses" = ${state.lapses}::int, "phase" = ${state.phase}::int,
          "lastReview" = ${toTimestamp(iso(state.lastReview))}, "updatedAt" = ${toTimestamp(iso(now))}
        WHERE "userId" = ${log.userId} AND "cardId" = ${log.cardId} AND "xmin" = ${version}::xid AND EXISTS (SELECT 1 FROM lock)
          AND NOT EXISTS (SELECT 1 FROM "ReviewLog" WHERE "userId" = ${log.userId} AND "reviewId" = ${log.reviewId})
        RETURNING 1`;
  return Prisma.sql`WITH lock AS (${lock}), state AS (${stateWrite})
    INSERT INTO "ReviewLog" ("id", "userId", "cardId", "reviewId", "grade", "source", "reviewedAt", "durationMs", "phaseBefore", "elapsedDays", "before", "after")
    SELECT ${log.id}, ${log.userId}, ${log.cardId}, ${log.reviewId}, ${log.grade}::int, ${log.source}, ${toTimestamp(iso(log.reviewedAt))},
      ${log.durationMs}::int, ${log.phaseBefore}::int, ${log.elapsedDays}::int, ${log.before}, ${log.after}
    FROM state`;
}
