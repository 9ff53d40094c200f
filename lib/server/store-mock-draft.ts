import 'server-only';
import type { Statement } from 'better-sqlite3';
import { currentDatabaseProvider } from './current-database-provider';
import type { MockTimingRow } from './mock-attempt-row';
import { db } from './db';
import { preparedQuery, utcColumn } from './postgres-pool';
import { parseSqliteDate, retryWhileBusy, sqliteConnection, sqliteDate } from './sqlite-connection';

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

/** What autosave checks before it writes, and answers with after a refused write: the clock, the stored version. */
export type MockDraftState = MockTimingRow & { version: number; savedAt: Date | null };

type SqliteDraftState = Omit<MockDraftState, 'startedAt' | 'pausedAt' | 'submittedAt' | 'savedAt'> & {
  startedAt: string;
  pausedAt: string | null;
  submittedAt: string | null;
  savedAt: string | null;
};
let readStatement: Statement<[string, string], SqliteDraftState> | undefined;

/**
 * The owner's attempt's draft state, or null. A prepared statement on either engine, not Prisma:
 * autosave reads it every few seconds per learner, and each Prisma query is compiled anew, at
 * times for tens of milliseconds on the event loop (ADR 028, session 13).
 */
export async function readMockDraftState(userId: string, attemptId: string): Promise<MockDraftState | null> {
  if (currentDatabaseProvider() === 'sqlite') {
    readStatement ??= sqliteConnection().prepare(
      'SELECT mode, timeLimitSec, startedAt, pausedMs, pausedAt, submittedAt, version, savedAt FROM MockAttempt WHERE id = ? AND userId = ?',
    );
    const read = readStatement;
    const row = await retryWhileBusy(() => read.get(attemptId, userId));
    return row
      ? {
          ...row,
          startedAt: parseSqliteDate(row.startedAt)!,
          pausedAt: parseSqliteDate(row.pausedAt),
          submittedAt: parseSqliteDate(row.submittedAt),
          savedAt: parseSqliteDate(row.savedAt),
        }
      : null;
  }
  const utc = (column: string) => utcColumn(`"${column}"`, column);
  const [row] = (
    await preparedQuery<MockDraftState>(
      'delight_mock_draft_state',
      `SELECT "mode", "timeLimitSec", ${utc('startedAt')}, "pausedMs", ${utc('pausedAt')}, ${utc('submittedAt')}, "version", ${utc('savedAt')}
        FROM "MockAttempt" WHERE "id" = $1 AND "userId" = $2`,
      [attemptId, userId],
    )
  ).rows;
  return row ?? null;
}
