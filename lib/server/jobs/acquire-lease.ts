import 'server-only';
import { db } from '../db';
import { isUniqueViolation } from '../is-unique-violation';

/**
 * Takes the lease `name` for `holder` until `now + ttlMs`, or returns false when another holder's
 * lease has not expired. Shared by every server process through the database (ADR 032): the first
 * holder inserts the row; a later one takes it over with one conditional UPDATE, which only matches
 * an expired row — on SQLite and PostgreSQL alike, exactly one of two racing takers wins.
 */
export async function acquireLease(name: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  try {
    await db.jobLease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  const taken = await db.jobLease.updateMany({ where: { name, expiresAt: { lte: now } }, data: { holder, expiresAt } });
  return taken.count === 1;
}
