/** Failures allowed before a lockout starts: per account, and per client address (classrooms share one). */
export const FREE_FAILURES = { account: 5, address: 50 } as const;
const MAX_LOCK_MS = 60 * 60_000;

/**
 * How long to lock after `failures` consecutive failed sign-ins: nothing for the free ones, then
 * 1, 2, 4, … minutes, at most an hour (slows guessing to a crawl without locking anyone out for long).
 */
export function lockoutMs(failures: number, free: number = FREE_FAILURES.account): number {
  if (failures < free) return 0;
  return Math.min(MAX_LOCK_MS, 60_000 * 2 ** (failures - free));
}
