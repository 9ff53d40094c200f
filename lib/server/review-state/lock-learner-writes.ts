import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { DatabaseProvider } from '../database-url';

export type LearnerLock = (tx: Prisma.TransactionClient, userId: string) => Promise<void>;

/**
 * Makes one learner's scheduling writes take turns until the transaction ends. SQLite needs nothing:
 * it runs one write transaction at a time. On PostgreSQL (READ COMMITTED), two writes by one
 * learner at once — a double submit, two tabs, two app servers — would both start from the
 * same state and one update would be lost. A transaction-scoped advisory lock on the learner
 * (released at COMMIT or ROLLBACK) makes the second wait and then read what the first wrote;
 * other learners never wait (ADR 005).
 */
export function learnerLock(provider: DatabaseProvider): LearnerLock {
  if (provider !== 'postgresql') return async () => {};
  return async (tx, userId) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`delight:learner:${userId}`}, 0))`;
  };
}
