import 'server-only';
import { FREE_FAILURES, lockoutMs } from '@/lib/core/sign-in-backoff';
import { db } from '../db';

/** Counts a failed sign-in under every key, locking with backoff once the free failures are used up. */
export async function recordSignInFailure(keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    const row = await db.signInThrottle.upsert({ where: { key }, create: { key, failures: 1 }, update: { failures: { increment: 1 } } });
    const ms = lockoutMs(row.failures, key.startsWith('ip:') ? FREE_FAILURES.address : FREE_FAILURES.account);
    if (ms > 0) await db.signInThrottle.update({ where: { key }, data: { lockedUntil: new Date(now.getTime() + ms) } });
  }
}
