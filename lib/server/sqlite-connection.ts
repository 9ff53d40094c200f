import 'server-only';
import Database from 'better-sqlite3';
import { databaseFileUrl } from './database-url';
import { env } from './env';

let connection: Database.Database | undefined;

/**
 * A direct better-sqlite3 connection to the app's SQLite file, for the two hot paths that run on
 * prepared statements instead of Prisma: recording an answer and reading the review queue (ADR 003, 008).
 */
export function sqliteConnection(): Database.Database {
  if (connection) return connection;
  connection = new Database(databaseFileUrl(env().DATABASE_URL).slice('file:'.length));
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = NORMAL');
  // Never wait synchronously: that would block the event loop while Prisma's connection, in this
  // same thread, holds the lock across an await. SQLITE_BUSY is retried asynchronously instead.
  connection.pragma('busy_timeout = 0');
  // Raised while the app server's checkpoint thread runs, so commits here don't checkpoint (ADR 028).
  connection.pragma(`wal_autocheckpoint = ${env().SQLITE_WAL_AUTOCHECKPOINT}`);
  return connection;
}

const isBusy = (error: unknown) => (error as { code?: string }).code?.startsWith('SQLITE_BUSY') ?? false;

/** Runs a synchronous unit of SQLite work, retrying (asynchronously, with backoff) while the database is busy. */
export async function retryWhileBusy<T>(work: () => T): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return work();
    } catch (error) {
      if (!isBusy(error) || attempt >= 200) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(2 + attempt, 20)));
    }
  }
}

/** Prisma's SQLite DateTime text format, so rows written or compared here agree with Prisma's. */
export const sqliteDate = (d: Date) => d.toISOString().replace('Z', '+00:00');
export const parseSqliteDate = (s: string | null) => (s === null ? null : new Date(s));
