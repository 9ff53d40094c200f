import 'server-only';
import { env } from '../env';
import { prismaReviewStore } from '../review-store/prisma-review-store';
import { sqliteReviewStore } from '../review-store/sqlite-review-store';
import type { RecordReviewInput, RecordReviewResult } from '../review-store/types';

export type { RecordReviewInput, RecordReviewResult, RecordedReview, ReviewSource } from '../review-store/types';

/**
 * Records one answer (log + new FSRS state in one transaction; idempotent per reviewId; only
 * cards the learner may study). On SQLite this is the hot path of the app and runs on prepared
 * statements; elsewhere through Prisma (ADR 003).
 */
export async function recordReview(input: RecordReviewInput): Promise<RecordReviewResult> {
  if (env().DATABASE_URL.startsWith('file:')) return sqliteReviewStore(input);
  return prismaReviewStore(input);
}
