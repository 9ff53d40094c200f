import { zonedTimeToInstant } from './zoned-time';

/** The instant a local date (YYYY-MM-DD) begins in `timeZone`, at `hour` o'clock. */
export function localDateToInstant(date: string, timeZone: string, hour = 0): Date {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`not a YYYY-MM-DD date: ${date}`);
  return zonedTimeToInstant({ year, month, day }, hour, timeZone);
}
