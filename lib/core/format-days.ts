import { formatCount } from './format-count';

/** "1 day", "0 days", "12 days": a count of days with the noun agreeing. */
export function formatDays(count: number): string {
  return formatCount(count, 'day', 'days');
}
