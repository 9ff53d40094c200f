import { capDue } from './cap-due';
import { schedulerFor, toFsrsCard, toRating } from './fsrs';
import type { Grade, ReviewState, SchedulerSettings } from './types';

const DAY_MS = 86_400_000;

/**
 * A studied card's state under other parameters (ADR 032): its answers (oldest first) replayed with
 * `settings` (ts-fsrs `reschedule`), giving its memory (stability, difficulty) and due date anew,
 * within the learner's limits. Null when it would not move by a day or more, or when the card is new
 * or in its learning steps (those stay as they are). Pure.
 */
export function rescheduleCard(
  state: ReviewState,
  answers: readonly { grade: Grade; reviewedAt: Date }[],
  now: Date,
  settings: SchedulerSettings,
): ReviewState | null {
  if (state.phase !== 'review' || answers.length === 0) return null;
  const { reschedule_item: item } = schedulerFor(settings).reschedule(
    toFsrsCard(state),
    answers.map((a) => ({ rating: toRating(a.grade), review: a.reviewedAt })),
    { now, skipManual: true, update_memory_state: true },
  );
  if (!item) return null;
  const next = capDue(
    {
      ...state,
      due: item.card.due,
      stability: item.card.stability,
      difficulty: item.card.difficulty,
      scheduledDays: item.card.scheduled_days,
    },
    now,
    settings,
  );
  return Math.abs(next.due.getTime() - state.due.getTime()) >= DAY_MS ? next : null;
}
