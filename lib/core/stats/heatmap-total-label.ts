import type { DayActivity } from './reviews-per-day';

/**
 * The heatmap's caption template ({{count}} is filled in by the calendar with the sum of its days),
 * with the noun in the right number for that sum: "1 review", "2 reviews".
 */
export function heatmapTotalLabel(days: readonly DayActivity[]): string {
  const count = days.reduce((sum, day) => sum + day.count, 0);
  return `{{count}} ${count === 1 ? 'review' : 'reviews'} in the last year`;
}
