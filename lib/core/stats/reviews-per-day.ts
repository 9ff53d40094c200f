import { studyDay } from '../scheduler/study-day';
import { addDays, pad } from '../scheduler/zoned-time';
import type { ReviewEvent } from './types';

export type DayActivity = { date: string; count: number; level: 0 | 1 | 2 | 3 | 4 };

/** Reviews per study day for the last `days` days (oldest first), with a 0–4 intensity level for a heatmap. */
export function reviewsPerDay(
  reviews: readonly ReviewEvent[],
  now: Date,
  timeZone: string,
  dayStartHour: number,
  days: number,
): DayActivity[] {
  const counts = new Map<string, number>();
  for (const r of reviews) {
    const key = studyDay(r.reviewedAt, timeZone, dayStartHour).key;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [y, m, d] = studyDay(now, timeZone, dayStartHour).key.split('-').map(Number) as [number, number, number];
  const max = Math.max(0, ...counts.values());
  const out: DayActivity[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = addDays(y, m, d, -i);
    const key = `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    const count = counts.get(key) ?? 0;
    const level = count === 0 ? 0 : (Math.min(4, Math.ceil((count / max) * 4)) as 1 | 2 | 3 | 4);
    out.push({ date: key, count, level });
  }
  return out;
}
