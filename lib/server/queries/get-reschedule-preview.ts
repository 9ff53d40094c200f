import 'server-only';
import { rescheduleCards } from '../mutations/reschedule-cards';

/** How many of the learner's cards in review would move if rescheduled with their parameters (writes nothing). */
export function getReschedulePreview(userId: string, now: Date): Promise<{ moved: number; inReview: number }> {
  return rescheduleCards(userId, now, false);
}
