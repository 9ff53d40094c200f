/**
 * Streaks from a day-by-day activity list (oldest first, ending today). The current streak counts
 * back from today, or from yesterday when today has no reviews yet (the day isn't over).
 */
export function reviewStreak(days: readonly { count: number }[]): { current: number; longest: number } {
  let longest = 0;
  let run = 0;
  for (const day of days) {
    run = day.count > 0 ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  let current = 0;
  let i = days.length - 1;
  if (i >= 0 && days[i]!.count === 0) i -= 1;
  for (; i >= 0 && days[i]!.count > 0; i--) current += 1;
  return { current, longest };
}
