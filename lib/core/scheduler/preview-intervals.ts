import { formatInterval } from './format-interval';
import { scheduleReview } from './schedule-review';
import { GRADES, type Grade, type ReviewState, type SchedulerSettings } from './types';

/** What each answer button would do: the next due date and a short label ("10m", "3d"). */
export function previewIntervals(
  state: ReviewState | null,
  now: Date,
  settings: SchedulerSettings,
): Record<Grade, { due: Date; label: string }> {
  const entries = GRADES.map((grade) => {
    const { due } = scheduleReview(state, grade, now, settings).state;
    return [grade, { due, label: formatInterval(due.getTime() - now.getTime()) }] as const;
  });
  return Object.fromEntries(entries) as Record<Grade, { due: Date; label: string }>;
}
