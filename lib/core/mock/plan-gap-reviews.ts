import { studyDay } from '../scheduler/study-day';
import type { GapCard } from './types';

export type PlanGapReviewsInput<T extends GapCard> = {
  /** The attempt's gap cards (each once). */
  gaps: readonly T[];
  now: Date;
  /** The learner's study day (time zone and the hour a new day starts). */
  timeZone: string;
  dayStartHour: number;
  /**
   * Most gap cards one attempt adds to a study day: the learner's daily new-card limit (the only
   * daily limit the settings have). At least one card a day, so a limit of 0 still plans something.
   */
  perDay: number;
  /** The interview (an instant); cards are only planned on study days that start before it. */
  interviewDate: Date | null;
  /** Cards already due before today's study day ends: they stay today and take no slot. */
  dueToday?: ReadonlySet<string>;
};

/** A gap card with the instant it comes due, or `null`: left for later (no room before the interview). */
export type PlannedGap<T extends GapCard> = T & { due: Date | null };

/** Asserted traps first (a false claim said out loud), then missed criteria; the given order within each. */
const priority = (g: GapCard) => (g.reason.kind === 'trap' ? 0 : 1);

/**
 * Spreads an attempt's gap cards over the coming study days instead of making them all due today:
 * most important first, at most `perDay` a day, today's share due now and each later day's due at
 * the start of that study day. What does not fit before the interview is returned with `due: null`
 * ("left for later"): kept in the list, never dropped. Pure: time and settings are arguments.
 */
export function planGapReviews<T extends GapCard>(input: PlanGapReviewsInput<T>): PlannedGap<T>[] {
  const perDay = Math.max(1, Math.floor(input.perDay));
  const interview =
    input.interviewDate && input.interviewDate.getTime() > input.now.getTime() ? input.interviewDate : null;
  const ordered = input.gaps
    .map((gap, index) => ({ gap, index }))
    .sort((a, b) => priority(a.gap) - priority(b.gap) || a.index - b.index)
    .map(({ gap }) => gap);

  const today = studyDay(input.now, input.timeZone, input.dayStartHour);
  let day = { start: input.now, end: today.end };
  let used = 0;
  let open = true;
  return ordered.map((gap): PlannedGap<T> => {
    if (input.dueToday?.has(gap.cardId)) return { ...gap, due: input.now };
    if (open && used >= perDay) {
      const next = studyDay(day.end, input.timeZone, input.dayStartHour);
      day = { start: next.start, end: next.end };
      used = 0;
      open = !interview || day.start.getTime() < interview.getTime();
    }
    if (!open) return { ...gap, due: null };
    used += 1;
    return { ...gap, due: day.start };
  });
}
