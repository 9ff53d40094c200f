import { localParts, pad } from './scheduler/zoned-time';

/**
 * How a date is shown:
 * - `day`        2026-03-10          (tables, CSV)
 * - `month-day`  03-10               (chart axis labels)
 * - `minute`     2026-03-10 14:05    (lists where the time of day matters)
 * - `medium`     Mar 10, 2026        (prose)
 * - `medium-time` Mar 10, 2026, 2:05 PM
 */
export type DateStyle = 'day' | 'month-day' | 'minute' | 'medium' | 'medium-time';

/**
 * The one way a page shows an instant: as the viewer sees it on their clock, in their IANA time zone
 * (their study settings), so "today" is the same day on every page. ISO strings (from DTOs) are read as
 * instants.
 */
export function formatDate(instant: Date | string, timeZone: string, style: DateStyle = 'day'): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (style === 'medium') return at.toLocaleDateString('en', { dateStyle: 'medium', timeZone });
  if (style === 'medium-time') return at.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const p = localParts(at, timeZone);
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (style === 'day') return day;
  if (style === 'month-day') return day.slice(5);
  return `${day} ${pad(p.hour)}:${pad(p.minute)}`;
}
