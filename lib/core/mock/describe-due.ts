const DAY_MS = 86_400_000;

/** "due now", "due today", "due tomorrow", "due in 5 days", "overdue by 3 days", relative to `now`. */
export function describeDue(due: Date, now: Date): string {
  const ms = due.getTime() - now.getTime();
  if (ms <= 0) {
    const late = Math.floor(-ms / DAY_MS);
    return late >= 1 ? `overdue by ${late} ${late === 1 ? 'day' : 'days'}` : 'due now';
  }
  const days = Math.round(ms / DAY_MS);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `due in ${days} days`;
}
