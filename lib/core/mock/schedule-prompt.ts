import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import type { ReviewState, SchedulerSettings } from '@/lib/core/scheduler/types';
import { gradeFromVerdict } from './grade-from-verdict';
import type { Level } from './types';

/**
 * A submitted attempt as a review of its prompt (FSRS via lib/core/scheduler). Prompts skip the
 * minute-long learning steps of flashcards: an interview answer is not repeated ten minutes
 * later, so even a miss schedules the prompt a day or more out, and a delights much later.
 */
export function schedulePrompt(
  state: ReviewState | null,
  verdict: Level,
  now: Date,
  settings: SchedulerSettings,
): ReviewState {
  return scheduleReview(state, gradeFromVerdict(verdict), now, { ...settings, learningSteps: [], relearningSteps: [] }).state;
}
