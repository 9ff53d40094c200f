import 'server-only';
import { db } from '../db';

/** A successful sign-in clears the account's count (not the address's: one good password doesn't vouch for a botnet). */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `email:${email}` } });
}
