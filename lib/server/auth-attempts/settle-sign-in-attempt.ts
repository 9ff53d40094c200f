import 'server-only';
import { db } from '../db';

/**
 * What became of a recorded sign-in attempt (ADR 025):
 * - `held`: refused without a password check; relabelled so it doesn't count as a failure (waiting
 *   out the delay must be enough) — it did count while in flight, which is what stops a parallel burst.
 * - `failed`: nothing to do; the row is the failure.
 * - `succeeded`: this account + address starts afresh (failures from elsewhere keep counting), and
 *   the address becomes known-good for the account.
 */
export async function settleSignInAttempt(
  outcome: 'held' | 'failed' | 'succeeded',
  attempt: { id: string; email: string; address: string | null; userId?: string },
  now: Date,
): Promise<void> {
  if (outcome === 'held') {
    await db.authAttempt.update({ where: { id: attempt.id }, data: { kind: 'sign-in-held' } });
  } else if (outcome === 'succeeded') {
    const address = attempt.address ?? '';
    await db.authAttempt.deleteMany({
      where: { kind: { in: ['sign-in', 'sign-in-held'] }, email: attempt.email, address },
    });
    if (address && attempt.userId) {
      await db.knownSignInAddress.upsert({
        where: { userId_address: { userId: attempt.userId, address } },
        create: { userId: attempt.userId, address, lastSignInAt: now },
        update: { lastSignInAt: now },
      });
    }
  }
}
