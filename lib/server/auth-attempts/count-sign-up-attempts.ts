import 'server-only';
import { SIGN_UP_LIMITS } from '@/lib/core/auth-limits';
import { db } from '../db';

/** Sign-ups in the last hour from this address and for this email, the one just recorded included. */
export async function countSignUpAttempts(
  email: string,
  address: string | null,
  now: Date,
): Promise<{ address: number; email: number }> {
  const at = { gt: new Date(now.getTime() - SIGN_UP_LIMITS.windowMs) };
  const [byAddress, byEmail] = await Promise.all([
    address ? db.authAttempt.count({ where: { kind: 'sign-up', address, at } }) : 0,
    db.authAttempt.count({ where: { kind: 'sign-up', email, at } }),
  ]);
  return { address: byAddress, email: byEmail };
}
