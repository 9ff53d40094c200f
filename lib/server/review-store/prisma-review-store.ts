import 'server-only';
import { db } from '../db';
import { getStudySettings } from '../queries/get-study-settings';
import { recordReviewInTransaction } from './record-review-in-transaction';
import type { RecordReviewInput, RecordReviewResult } from './types';

/** The portable ReviewStore: Prisma, on any database it supports (ADR 003). */
export async function prismaReviewStore(input: RecordReviewInput): Promise<RecordReviewResult> {
  const settings = (await getStudySettings(input.userId)).scheduler;
  const run = () => db.$transaction((tx) => recordReviewInTransaction(tx, input, settings));
  try {
    return await run();
  } catch (error) {
    // Two copies of one submission raced: the other one won; answer with its result.
    if ((error as { code?: string }).code === 'P2002') return run();
    throw error;
  }
}
