import 'server-only';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { hashPassword } from '../password';
import { hashResetToken } from '../password-reset/hash-reset-token';
import { bumpSessionVersion } from './bump-session-version';

const INVALID = 'This reset link is invalid, used or expired. Ask an administrator for a new one.';

/**
 * Uses a reset token once: sets the new password and ends every session of the user (ADR 025). The
 * token is claimed with a conditional update, so two tabs can't both use it. The answer never says
 * which account the link was for.
 */
export async function resetPassword(token: string, password: string, now: Date): Promise<ActionResult<null>> {
  const passwordHash = await hashPassword(password);
  const tokenHash = hashResetToken(token);
  return db.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) return fail('not_found', INVALID);
    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash },
      select: { userId: true },
    });
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await bumpSessionVersion(userId, tx);
    return { ok: true, data: null };
  });
}
