import { studyDay } from './study-day';

/**
 * How many cards fall due on each of the next `days` study days (overdue cards count today).
 * Days are the learner's study days (time zone and rollover hour).
 */
export function forecastDue(
  dues: readonly Date[],
  now: Date,
  days: number,
  timeZone: string,
  dayStartHour: number,
): { date: string; count: number }[] {
  const buckets: { date: string; start: number; end: number; count: number }[] = [];
  let cursor = now;
  for (let i = 0; i < days; i++) {
    const day = studyDay(cursor, timeZone, dayStartHour);
    buckets.push({ date: day.key, start: day.start.getTime(), end: day.end.getTime(), count: 0 });
    cursor = day.end;
  }
  const lastEnd = buckets.at(-1)?.end ?? 0;
  for (const due of dues) {
    const t = due.getTime();
    if (t >= lastEnd) continue;
    const bucket = t < (buckets[0]?.end ?? 0) ? buckets[0] : buckets.find((b) => t >= b.start && t < b.end);
    if (bucket) bucket.count += 1;
  }
  return buckets.map(({ date, count }) => ({ date, count }));
}
