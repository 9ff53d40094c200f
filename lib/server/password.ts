import { hash, verify } from '@node-rs/bcrypt';

/**
 * bcrypt cost 10: ~50 ms per hash on this 2-core machine; slows guessing, not sign-in.
 * @node-rs/bcrypt hashes on libuv's thread pool, so a burst of sign-ins doesn't stall every
 * other request on the event loop (bcryptjs did; see ADR 008).
 */
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, COST);
}

export function verifyPassword(password: string, passwordHash: string): Promise<boolean> {
  return verify(password, passwordHash);
}
