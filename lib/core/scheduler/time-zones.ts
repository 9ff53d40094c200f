import { z } from 'zod';

let cached: readonly string[] | null = null;

/**
 * The time zones a learner can choose from: this runtime's `Intl.supportedValuesOf('timeZone')`
 * plus `UTC` (which V8 leaves out of that list), sorted. The server's list is the one the settings
 * page shows and the one `TimeZoneSchema` accepts, so the browser's own (possibly newer) list can't
 * offer a zone the server would refuse.
 */
export function listTimeZones(): readonly string[] {
  cached ??= [...new Set(['UTC', ...Intl.supportedValuesOf('timeZone')])].sort((a, b) => a.localeCompare(b));
  return cached;
}

/**
 * The listed zone `timeZone` names, or null: listed names as they are; an alias this runtime knows
 * (`US/Eastern`, `Etc/UTC`, or `Asia/Kolkata` where the list says `Asia/Calcutta`) as the listed
 * zone it resolves to — what a browser reports as "this device's time zone" may be such an alias.
 */
export function toListedTimeZone(timeZone: string): string | null {
  const listed = new Set(listTimeZones());
  if (listed.has(timeZone)) return timeZone;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
    return listed.has(resolved) ? resolved : null;
  } catch {
    return null;
  }
}

/** A time zone from the list (an alias becomes its listed zone); anything else is refused. */
export const TimeZoneSchema = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    const zone = toListedTimeZone(value.trim());
    if (zone === null) {
      ctx.addIssue({ code: 'custom', message: 'Choose a time zone from the list.' });
      return z.NEVER;
    }
    return zone;
  });
