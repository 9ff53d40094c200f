import { addDays, localParts, pad, zonedTimeToInstant } from './zoned-time';

/**
 * The learner's study day: from `dayStartHour` local time to the same hour the next day, in their
 * IANA time zone (like Anki's "next day starts at"). DST-safe: bounds are computed from local dates.
 */
export function studyDay(now: Date, timeZone: string, dayStartHour: number): { start: Date; end: Date; key: string } {
  const local = localParts(now, timeZone);
  // Before the rollover hour it is still "yesterday".
  const dayOffset = local.hour < dayStartHour ? -1 : 0;
  const startDate = addDays(local.year, local.month, local.day, dayOffset);
  const endDate = addDays(startDate.year, startDate.month, startDate.day, 1);
  const key = `${startDate.year}-${pad(startDate.month)}-${pad(startDate.day)}`;
  return {
    start: zonedTimeToInstant(startDate, dayStartHour, timeZone),
    end: zonedTimeToInstant(endDate, dayStartHour, timeZone),
    key,
  };
}
