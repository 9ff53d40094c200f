import 'server-only';
import { db } from '../db';

/** Gives the lease back — only if `holder` still holds it (an expired lease may have been taken over). */
export async function releaseLease(name: string, holder: string): Promise<void> {
  await db.jobLease.deleteMany({ where: { name, holder } });
}
