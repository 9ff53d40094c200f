import { formatCount } from '../format-count';
import { studyDay } from '../scheduler/study-day';
import type { GapCard } from './types';

export type PlannedGapView = GapCard & { due?: string | null };

/** Where the gaps came from: "2 missed criteria and 1 trap", "1 missed criterion". */
export function describeGapSources(gaps: readonly GapCard[]): string {
  const criteria = new Set(gaps.filter((g) => g.reason.kind === 'criterion').map((g) => g.reason.id)).size;
  const traps = new Set(gaps.filter((g) => g.reason.kind === 'trap').map((g) => g.reason.id)).size;
  return [
    criteria > 0 ? formatCount(criteria, 'missed criterion', 'missed criteria') : null,
    traps > 0 ? formatCount(traps, 'trap you stated', 'traps you stated') : null,
  ]
    .filter(Boolean)
    .join(' and ');
}

export type GapPlanClock = { now: Date; timeZone: string; dayStartHour: number };

/** The study day a planned gap card comes due, as the learner says it: "today", "tomorrow", "Thu, Mar 12". */
export function describeGapDay(due: string | Date, clock: GapPlanClock): string {
  const at = typeof due === 'string' ? new Date(due) : due;
  const today = studyDay(clock.now, clock.timeZone, clock.dayStartHour);
  if (at.getTime() < today.end.getTime()) return 'today';
  const tomorrow = studyDay(today.end, clock.timeZone, clock.dayStartHour);
  if (at.getTime() < tomorrow.end.getTime()) return 'tomorrow';
  // The study day's own date (before the rollover hour it is still the day before).
  const { key } = studyDay(at, clock.timeZone, clock.dayStartHour);
  return new Date(`${key}T12:00:00Z`).toLocaleDateString('en', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

export type GapPlanSummary = {
  /** What went into review, and when: "5 cards from 2 missed criteria: 3 today, 2 tomorrow (at most 3 a day, your daily new-card limit)." */
  scheduled: string;
  /** What did not fit before the interview, or null when everything did. */
  leftForLater: string | null;
};

/**
 * The feedback page's account of where an attempt's gap cards went. Feedback stored before the plan
 * existed (no `due`) says the cards came due when the attempt was submitted.
 */
export function describeGapPlan(
  gaps: readonly PlannedGapView[],
  clock: GapPlanClock & { perDay: number; interviewDate: string | null },
): GapPlanSummary {
  const planned = gaps.filter((g) => g.due !== null);
  const later = gaps.filter((g) => g.due === null);
  const sources = describeGapSources(gaps);
  let scheduled: string;
  if (planned.length === 0)
    scheduled = `None of the ${formatCount(gaps.length, 'card', 'cards')} from ${sources} fit into your review before your interview.`;
  else if (planned.some((g) => g.due === undefined))
    scheduled = `${formatCount(planned.length, 'card', 'cards')} from ${sources} came due in your daily review when you submitted.`;
  else {
    const perDay = new Map<string, number>();
    for (const g of planned) {
      const day = describeGapDay(g.due!, clock);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    const days = [...perDay].map(([day, n]) =>
      day === 'today' || day === 'tomorrow' ? `${n} ${day}` : `${n} on ${day}`,
    );
    const limit = Math.max(1, clock.perDay);
    scheduled =
      perDay.size === 1
        ? `${formatCount(planned.length, 'card', 'cards')} from ${sources} ${planned.length === 1 ? 'is' : 'are'} in your review ${days[0]!.replace(/^\d+ /, '')}.`
        : `${formatCount(planned.length, 'card', 'cards')} from ${sources} are spread over ${perDay.size} days so that no day gets more than ${limit} (your daily new-card limit): ${days.join(', ')}.`;
  }
  const interview = clock.interviewDate
    ? new Date(`${clock.interviewDate}T12:00:00Z`).toLocaleDateString('en', {
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      })
    : null;
  const leftForLater =
    later.length === 0
      ? null
      : `${formatCount(later.length, 'card is', 'cards are')} left for later: there is no room for ${later.length === 1 ? 'it' : 'them'} before your interview${interview ? ` on ${interview}` : ''} at ${formatCount(Math.max(1, clock.perDay), 'card', 'cards')} a day. ${later.length === 1 ? 'It stays' : 'They stay'} listed here, marked “left for later”; raise your daily limit in Settings and add your gaps again, or study ${later.length === 1 ? 'it' : 'them'} after the interview.`;
  return { scheduled, leftForLater };
}
