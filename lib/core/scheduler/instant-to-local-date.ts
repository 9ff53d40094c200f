import { localParts, pad } from './zoned-time';

/** The local date (YYYY-MM-DD) of an instant in `timeZone`. */
export function instantToLocalDate(instant: Date, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
