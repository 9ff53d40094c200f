import 'server-only';
import { db } from '../db';
import { hashResetToken } from '../password-reset/hash-reset-token';

/** Whether a reset link can still be used (its page says so before anyone types a password). */
export async function getPasswordResetStatus(token: string, now: Date): Promise<'usable' | 'unusable'> {
  const row = await db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { usedAt: true, expiresAt: true },
  });
  return row && !row.usedAt && row.expiresAt > now ? 'usable' : 'unusable';
}
