import 'server-only';
import type { Statement } from 'better-sqlite3';
import { currentDatabaseProvider } from './current-database-provider';
import { db } from './db';
import { retryWhileBusy, sqliteConnection, sqliteDate } from './sqlite-connection';

type DraftWrite = { userId: string; attemptId: string; draft: string; version: number; now: Date };

let statement: Statement<[string, number, string, string, string, number]> | undefined;

/**
 * Autosave's one write: stores the draft when `version` is newer than the stored one and the attempt
 * is still open; returns whether it did. On SQLite it runs on the dedicated connection, whose wait for
 * another process's write lock is asynchronous (retryWhileBusy): Prisma's connection waits inside
 * SQLite's busy handler, which sleeps on the event loop and stalls every request of the worker (ADR 028).
 */
export async function storeMockDraftIfNewer({ userId, attemptId, draft, version, now }: DraftWrite): Promise<boolean> {
  if (currentDatabaseProvider() === 'sqlite') {
    statement ??= sqliteConnection().prepare(
      'UPDATE "MockAttempt" SET "draft" = ?, "version" = ?, "savedAt" = ? WHERE "id" = ? AND "userId" = ? AND "submittedAt" IS NULL AND "version" < ?',
    );
    const write = statement;
    const { changes } = await retryWhileBusy(() =>
      write.run(draft, version, sqliteDate(now), attemptId, userId, version),
    );
    return changes === 1;
  }
  const { count } = await db.mockAttempt.updateMany({
    where: { id: attemptId, userId, submittedAt: null, version: { lt: version } },
    data: { draft, version, savedAt: now },
  });
  return count === 1;
}
