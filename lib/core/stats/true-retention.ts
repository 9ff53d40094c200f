import { studyDay } from '../scheduler/study-day';
import type { ReviewEvent } from './types';

export type RetentionPoint = { period: string; reviews: number; passed: number; rate: number | null };

/**
 * True retention as Anki defines it: of the answers to cards in review (not learning steps),
 * the share not answered Again. Per study day, or per week (keyed by the week's first day, Monday).
 */
export function trueRetention(
  reviews: readonly ReviewEvent[],
  timeZone: string,
  dayStartHour: number,
  period: 'day' | 'week',
): RetentionPoint[] {
  const buckets = new Map<string, { reviews: number; passed: number }>();
  for (const r of reviews) {
    if (r.phaseBefore !== 'review') continue;
    const day = studyDay(r.reviewedAt, timeZone, dayStartHour).key;
    const key = period === 'day' ? day : weekStart(day);
    const bucket = buckets.get(key) ?? { reviews: 0, passed: 0 };
    bucket.reviews += 1;
    if (r.grade > 1) bucket.passed += 1;
    buckets.set(key, bucket);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, b]) => ({ period: key, reviews: b.reviews, passed: b.passed, rate: b.reviews ? b.passed / b.reviews : null }));
}

function weekStart(dayKey: string): string {
  const date = new Date(`${dayKey}T00:00:00Z`);
  const offset = (date.getUTCDay() + 6) % 7; // Monday = 0
  date.setUTCDate(date.getUTCDate() - offset);
  return date.toISOString().slice(0, 10);
}
