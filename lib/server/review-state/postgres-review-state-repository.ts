import 'server-only';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import { isPostgresUniqueViolation, preparedQuery } from '../postgres-pool';
import { phaseFromNumber, reviewStateToRow } from '../review-state-row';
import { toLearnerSettings } from '../study-settings-row';
import { prismaReviewStateRepository } from './prisma-review-state-repository';
import { postgresQueueSource } from './postgres-queue-source';
import { recordReadStatement, recordWriteStatement, type RecordReadRow } from './postgres-record-statements';
import { recordedFromLog } from './recorded-from-log';
import { reviewLogRow } from './review-log-row';
import {
  NOT_FOUND,
  REVIEW_ID_CONFLICT,
  REVIEW_ID_UNDONE,
  type RecordReviewInput,
  type RecordReviewResult,
  type ReviewStateRepository,
} from './types';

type FastResult = RecordReviewResult | 'raced';

/**
 * An answer in two round trips and no BEGIN/COMMIT: one read, the schedule computed here, one write
 * that takes the learner's lock and writes only if nothing changed meanwhile (ADR 029). 'raced' when
 * another write to the same state came first (or stored this reviewId).
 */
async function recordFast(input: RecordReviewInput): Promise<FastResult> {
  const read = recordReadStatement(input.userId, input.cardId, input.reviewId);
  const [row] = (await preparedQuery<RecordReadRow>('delight_record_read', read.text, read.values)).rows;
  if (!row) throw new Error('the record read returned no row');
  if (row.logCardId !== null) {
    if (row.logCardId !== input.cardId) return REVIEW_ID_CONFLICT;
    return row.logUndone
      ? REVIEW_ID_UNDONE
      : {
          ok: true,
          data: recordedFromLog({
            cardId: row.logCardId,
            reviewId: row.logReviewId!,
            grade: row.logGrade!,
            after: row.logAfter!,
          }),
        };
  }
  if (!row.mayStudy) return NOT_FOUND;

  const settings = toLearnerSettings(
    row.hasSettings
      ? {
          desiredRetention: row.desiredRetention!,
          newPerDay: row.newPerDay!,
          maximumIntervalDays: row.maximumIntervalDays!,
          interviewDate: row.interviewDate,
          timeZone: row.timeZone!,
          dayStartHour: row.dayStartHour!,
          deckIds: row.deckIds,
        }
      : null,
  ).scheduler;
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
  const write = recordWriteStatement(row.version, reviewStateToRow(state), entry, input.now);
  try {
    const { rowCount } = await preparedQuery(
      row.version === null ? 'delight_record_insert' : 'delight_record_update',
      write.text,
      write.values,
    );
    if (rowCount !== 1) return 'raced';
  } catch (error) {
    if (isPostgresUniqueViolation(error)) return 'raced';
    throw error;
  }
  return { ok: true, data: recordedFromLog(entry) };
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
