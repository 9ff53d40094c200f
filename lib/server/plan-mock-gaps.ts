import 'server-only';
import { planGapReviews } from '@/lib/core/mock/plan-gap-reviews';
import type { StoredFeedback } from '@/lib/core/mock/schema';
import type { GapCard } from '@/lib/core/mock/types';
import { studyDay } from '@/lib/core/scheduler/study-day';
import type { DueCard } from './review-state/types';
import { reviewStateRepository } from './review-state/review-state-repository';
import type { LearnerSettings } from './study-settings-row';

/**
 * Plans a mock attempt's gap cards over the learner's coming study days (their daily limit, their
 * interview date; cards already due today stay today): the gaps to store, with their planned instant or
 * null ("left for later"), and the cards to hand to `makeDue`.
 */
export async function planMockGaps(
  userId: string,
  gaps: readonly GapCard[],
  settings: LearnerSettings,
  now: Date,
): Promise<{ gaps: StoredFeedback['gaps']; due: DueCard[] }> {
  const { timeZone, dayStartHour, newPerDay } = settings.study;
  const todayEnds = studyDay(now, timeZone, dayStartHour).end.getTime();
  const states =
    gaps.length > 0
      ? await reviewStateRepository().states(
          userId,
          gaps.map((g) => g.cardId),
        )
      : [];
  const dueToday = new Set(states.filter((s) => s.due.getTime() < todayEnds).map((s) => s.cardId));
  const plan = planGapReviews({
    gaps: gaps.map(({ cardId, reason }) => ({ cardId, reason })),
    now,
    timeZone,
    dayStartHour,
    perDay: newPerDay,
    interviewDate: settings.scheduler.interviewDate,
    dueToday,
  });
  return {
    gaps: plan.map(({ cardId, reason, due }) => ({ cardId, reason, due: due?.toISOString() ?? null })),
    due: plan.flatMap(({ cardId, due }) => (due ? [{ cardId, due }] : [])),
  };
}
