import 'server-only';
import { db } from '../db';

/** When any of the keys is locked, until when; else null. */
export async function getLockedUntil(keys: string[], now: Date): Promise<Date | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } }, select: { lockedUntil: true } });
  const times = rows.flatMap((r) => (r.lockedUntil ? [r.lockedUntil.getTime()] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}
