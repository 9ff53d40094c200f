import 'server-only';
import { createHash } from 'node:crypto';

/** Reset tokens are stored as their SHA-256 (256 random bits: no salt or slow hash needed). */
export function hashResetToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
