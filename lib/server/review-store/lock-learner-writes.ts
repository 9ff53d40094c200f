import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { databaseProvider } from '../database-url';
import { env } from '../env';

/**
 * Makes one learner's review writes take turns until the transaction ends. SQLite needs nothing:
 * it runs one write transaction at a time. On PostgreSQL (READ COMMITTED), two answers by one
 * learner at once — a double submit, two tabs, two app servers — would both schedule from the
 * same state and one update would be lost. A transaction-scoped advisory lock on the learner
 * (released at COMMIT or ROLLBACK) makes the second wait and then read what the first wrote;
 * other learners never wait (ADR 005).
 */
export async function lockLearnerWrites(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  if (databaseProvider(env().DATABASE_URL) !== 'postgresql') return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`delight:learner:${userId}`}, 0))`;
}
