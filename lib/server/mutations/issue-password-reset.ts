import 'server-only';
import { randomBytes, randomUUID } from 'node:crypto';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { hashResetToken } from '../password-reset/hash-reset-token';

export const RESET_LINK_MS = 24 * 60 * 60_000;

/**
 * An admin issues a one-time reset token for a user (issue 17 §13): returned once, stored only as its
 * hash, valid for a day; any earlier unused token of that user stops working.
 */
export async function issuePasswordReset(
  actor: { id: string },
  userId: string,
  now: Date,
): Promise<ActionResult<{ token: string; email: string; expiresAt: Date }>> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true } });
  if (!user) return fail('not_found', 'No such user.');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + RESET_LINK_MS);
  await db.$transaction([
    db.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } }),
    db.passwordResetToken.create({
      data: { id: randomUUID(), userId: user.id, tokenHash: hashResetToken(token), expiresAt, createdById: actor.id },
    }),
  ]);
  return { ok: true, data: { token, email: user.email, expiresAt } };
}
