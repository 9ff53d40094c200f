import 'server-only';
import { SIGN_IN_LIMITS, type SignInCounts } from '@/lib/core/auth-limits';
import { db } from '../db';

const since = (now: Date, ms: number) => ({ gt: new Date(now.getTime() - ms) });

/** The counts decideSignIn needs, read after this attempt (`attemptId`) was recorded. */
export async function countSignInAttempts(
  input: { attemptId: string; email: string; address: string | null; userId: string | null },
  now: Date,
): Promise<SignInCounts> {
  const { email, attemptId, userId } = input;
  const address = input.address ?? '';
  const kind = 'sign-in';
  const [pair, previous, byAddress, account, known] = await Promise.all([
    db.authAttempt.count({ where: { kind, email, address, at: since(now, SIGN_IN_LIMITS.pairWindowMs) } }),
    db.authAttempt.findFirst({
      where: { kind, email, address, id: { not: attemptId }, at: since(now, SIGN_IN_LIMITS.pairWindowMs) },
      orderBy: { at: 'desc' },
      select: { at: true },
    }),
    address ? db.authAttempt.count({ where: { kind, address, at: since(now, SIGN_IN_LIMITS.addressWindowMs) } }) : 0,
    db.authAttempt.count({ where: { kind, email, at: since(now, SIGN_IN_LIMITS.accountWindowMs) } }),
    userId && address
      ? db.knownSignInAddress.findFirst({
          where: { userId, address, lastSignInAt: since(now, SIGN_IN_LIMITS.knownAddressMs) },
          select: { userId: true },
        })
      : null,
  ]);
  return { pair, pairPreviousAt: previous?.at ?? null, address: byAddress, account, knownAddress: Boolean(known) };
}
