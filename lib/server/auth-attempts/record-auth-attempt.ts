import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '../db';

export type AuthAttemptKind = 'sign-in' | 'sign-up';
const KEEP_MS = 24 * 60 * 60_000;

/**
 * Records an attempt before anything is checked or hashed (ADR 025), and deletes attempts older
 * than the longest window. Returns its id.
 */
export async function recordAuthAttempt(
  kind: AuthAttemptKind,
  email: string,
  address: string | null,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db.authAttempt.create({ data: { id, kind, email, address: address ?? '', at: now } });
  await db.authAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - KEEP_MS) } } });
  return id;
}
