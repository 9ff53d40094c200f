import 'server-only';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import type pg from 'pg';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { SchedulerSettings } from '@/lib/core/scheduler/types';
import { isUniqueViolation } from '../is-unique-violation';
import { postgresPool } from '../postgres-pool';
import { phaseFromNumber, reviewStateToRow } from '../review-state-row';
import { toLearnerSettings } from '../study-settings-row';
import { prismaReviewStateRepository } from './prisma-review-state-repository';
import { postgresQueueSource } from './postgres-queue-source';
import { recordReadStatement, recordWriteStatement, type RecordReadRow } from './postgres-record-statements';
import { recordedFromLog } from './recorded-from-log';
import { reviewLogRow, type ReviewLogRow } from './review-log-row';
import {
  NOT_FOUND,
  REVIEW_ID_CONFLICT,
  REVIEW_ID_UNDONE,
  type RecordReviewInput,
  type RecordReviewResult,
  type ReviewStateRepository,
} from './types';

type FastResult = RecordReviewResult | 'raced';

/** The pool or one of its clients (inside a transaction): both run named statements. */
type Queryable = { query<R extends pg.QueryResultRow>(config: pg.QueryConfig): Promise<pg.QueryResult<R>> };

/** The learner's scheduler settings as the record read returned them. */
function settingsFromRead(row: RecordReadRow): SchedulerSettings {
  return toLearnerSettings(
    row.hasSettings
      ? {
          desiredRetention: row.desiredRetention!,
          newPerDay: row.newPerDay!,
          maximumIntervalDays: row.maximumIntervalDays!,
          interviewDate: row.interviewDate,
          timeZone: row.timeZone!,
          dayStartHour: row.dayStartHour!,
          deckIds: row.deckIds,
          fsrsParameters: row.fsrsParameters,
        }
      : null,
  ).scheduler;
}

/**
 * What the record read says to do: answer from what is already stored under this reviewId (or
 * not_found), or run this write, which returns one row unless another write to the state came first.
 */
type RecordPlan =
  | { kind: 'answered'; result: RecordReviewResult }
  | { kind: 'write'; name: string; write: Prisma.Sql; entry: ReviewLogRow };

function planRecord(row: RecordReadRow, input: RecordReviewInput, settings: SchedulerSettings): RecordPlan {
  if (row.logCardId !== null) {
    if (row.logCardId !== input.cardId) return { kind: 'answered', result: REVIEW_ID_CONFLICT };
    return {
      kind: 'answered',
      result: row.logUndone
        ? REVIEW_ID_UNDONE
        : {
            ok: true,
            data: recordedFromLog({
              cardId: row.logCardId,
              reviewId: row.logReviewId!,
              grade: row.logGrade!,
              after: row.logAfter!,
            }),
          },
    };
  }
  if (!row.mayStudy) return { kind: 'answered', result: NOT_FOUND };
  const before =
    row.version === null
      ? null
      : {
          due: row.due!,
          stability: row.stability!,
          difficulty: row.difficulty!,
          elapsedDays: row.elapsedDays!,
          scheduledDays: row.scheduledDays!,
          learningSteps: row.learningSteps!,
          reps: row.reps!,
          lapses: row.lapses!,
          phase: phaseFromNumber(row.phase!),
          lastReview: row.lastReview,
        };
  const { state, log } = scheduleReview(before, input.grade, input.now, settings);
  const entry = reviewLogRow(input, before, state, log);
  return {
    kind: 'write',
    name: row.version === null ? 'delight_record_insert' : 'delight_record_update',
    write: recordWriteStatement(row.version, reviewStateToRow(state), entry, input.now),
    entry,
  };
}

const readRow = async (run: Queryable, input: RecordReviewInput): Promise<RecordReadRow> => {
  const read = recordReadStatement(input.userId, input.cardId, input.reviewId);
  const [row] = (await run.query<RecordReadRow>({ name: 'delight_record_read', text: read.text, values: read.values })).rows;
  if (!row) throw new Error('the record read returned no row');
  return row;
};

/**
 * An answer in two round trips and no BEGIN/COMMIT: one read, the schedule computed here, one write
 * that takes the learner's lock and writes only if nothing changed meanwhile (ADR 029). 'raced' when
 * another write to the same state came first (or stored this reviewId).
 */
async function recordFast(input: RecordReviewInput): Promise<FastResult> {
  const pool = postgresPool();
  const row = await readRow(pool, input);
  const plan = planRecord(row, input, settingsFromRead(row));
  if (plan.kind === 'answered') return plan.result;
  try {
    const { rowCount } = await pool.query({ name: plan.name, text: plan.write.text, values: plan.write.values });
    if (rowCount !== 1) return 'raced';
  } catch (error) {
    if (isUniqueViolation(error)) return 'raced';
    throw error;
  }
  return { ok: true, data: recordedFromLog(plan.entry) };
}

/**
 * A review recorded on `client` inside the caller's transaction, with the caller's settings (a quiz
 * answer records the reviews its question exercises together with the answer row). The same two
 * statements as recordFast; the write takes the learner's lock, which the transaction then keeps
 * until it ends, so nothing can change the state between this read and write but another statement
 * of the same transaction.
 */
export async function postgresRecordWithin(
  client: pg.PoolClient,
  input: RecordReviewInput,
  settings: SchedulerSettings,
): Promise<RecordReviewResult> {
  const plan = planRecord(await readRow(client, input), input, settings);
  if (plan.kind === 'answered') return plan.result;
  const { rowCount } = await client.query({ name: plan.name, text: plan.write.text, values: plan.write.values });
  if (rowCount !== 1) throw new Error('the review write found the state changed inside its own transaction');
  return { ok: true, data: recordedFromLog(plan.entry) };
}

/**
 * PostgreSQL's repository: the Prisma one, except for its two hot paths, which run on named
 * prepared statements through pg (ADR 029) — recording an answer (two round trips instead of about
 * ten) and the queue's reads. When an answer races another write to the same card (a double submit,
 * two tabs), it is recorded by the Prisma transaction under the learner's lock instead, which always
 * makes progress and answers a repeated reviewId with the stored body.
 */
export function postgresReviewStateRepository(): ReviewStateRepository {
  const portable = prismaReviewStateRepository('postgresql');
  return {
    ...portable,
    async record(input) {
      const result = await recordFast(input);
      return result === 'raced' ? portable.record(input) : result;
    },
    queue: postgresQueueSource,
  };
}
