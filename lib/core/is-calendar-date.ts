/**
 * Whether `text` is a real calendar date written YYYY-MM-DD, from 1970 to 9999: `2026-13-45`,
 * `2026-02-30` and `0000-00-00` are not (Date would roll them over or give up).
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1970) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
