import bcrypt from 'bcryptjs';
import { z } from 'zod';

/** bcrypt cost 10: ~60 ms per hash on this 2-core machine; slows guessing, not sign-in. */
const COST = 10;

export const PasswordSchema = z
  .string()
  .min(8, { message: 'Password must be at least 8 characters.' })
  .max(200, { message: 'Password must be at most 200 characters.' });

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
