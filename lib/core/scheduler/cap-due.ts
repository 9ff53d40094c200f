import type { ReviewState, SchedulerSettings } from './types';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Enforces the learner's limits on a freshly scheduled state:
 * - the maximum interval (ts-fsrs keeps Easy > Good > Hard apart, which can step past it);
 * - the interview date: a due date after the interview moves to the day before it (or to the
 *   interview itself when that is under a day away), so every card is seen once more in time.
 */
export function capDue(
  state: ReviewState,
  now: Date,
  limits: Pick<SchedulerSettings, 'maximumIntervalDays' | 'interviewDate'>,
): ReviewState {
  let due = state.due.getTime();
  const maxDue = now.getTime() + limits.maximumIntervalDays * DAY_MS;
  if (due > maxDue) due = maxDue;
  const interview = limits.interviewDate?.getTime();
  if (interview !== undefined && interview > now.getTime() && due > interview) {
    due = Math.max(interview - DAY_MS, now.getTime());
  }
  if (due === state.due.getTime()) return state;
  return { ...state, due: new Date(due), scheduledDays: Math.max(0, Math.floor((due - now.getTime()) / DAY_MS)) };
}
