import 'server-only';
import { db } from '../db';
import { getStudySettings } from '../queries/get-study-settings';
import { reviewStateRepository } from '../review-state/review-state-repository';

/**
 * The learner's choice after new FSRS parameters (ADR 032): re-plan every card in review with the
 * parameters in use (its answers replayed), or with `apply` false only count how many would move.
 */
export async function rescheduleCards(
  userId: string,
  now: Date,
  apply: boolean,
): Promise<{ moved: number; inReview: number }> {
  const { scheduler } = await getStudySettings(userId);
  return db.$transaction((tx) => reviewStateRepository().within(tx).reschedule(userId, scheduler, now, apply), {
    timeout: 60_000,
  });
}
