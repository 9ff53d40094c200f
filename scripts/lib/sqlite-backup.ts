/**
 * Online backup and restore of the SQLite database (ADR 029). Plain Node (better-sqlite3), so the
 * scripts and the integration test share it.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

export type BackupResult = { file: string; bytes: number; ms: number; reviewLogs: number };

/**
 * `VACUUM INTO` a temporary file next to `out`, check it, then rename it into place. One read
 * transaction: the copy is the database as it stood when the statement began (every answer
 * committed before then, none half-written). In WAL mode a reader never blocks the app's writers,
 * so the app keeps answering while it runs; the copy is compact and self-contained (no -wal file).
 */
export function backupSqlite(source: string, out: string): BackupResult {
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  if (existsSync(out)) throw new Error(`${out} exists already: choose another --out (a backup never overwrites)`);
  mkdirSync(path.dirname(out), { recursive: true });
  const partial = `${out}.partial`;
  rmSync(partial, { force: true });
  const started = performance.now();
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
  } finally {
    db.close();
  }
  const reviewLogs = checkBackup(partial);
  renameSync(partial, out);
  return { file: out, bytes: statSync(out).size, ms: Math.round(performance.now() - started), reviewLogs };
}

/** A usable Delight backup: SQLite's integrity check passes and the migrations table is there. Returns its ReviewLog count. */
export function checkBackup(file: string): number {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new Error(
      `${file} is not a readable SQLite database (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${file} fails SQLite's integrity check: ${String(integrity)}`);
    const hasMigrations = db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'")
      .get();
    if (!hasMigrations) throw new Error(`${file} is not a Delight database (no _prisma_migrations table)`);
    return (db.prepare('SELECT COUNT(*) AS n FROM ReviewLog').get() as { n: number }).n;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith(file)) throw error;
    throw new Error(
      `${file} is not a readable SQLite database (${error instanceof Error ? error.message : String(error)})`,
    );
  } finally {
    db.close();
  }
}

/**
 * Whether some process has the database open (the app): an exclusive lock is refused while any other
 * connection holds it open, even an idle one (WAL keeps a shared lock per connection).
 */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new Database(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    db.close();
  }
}

export type RestoreResult = { file: string; reviewLogs: number; previous: string | null };

/**
 * Puts a backup in place of the database at `target`: checks the backup, refuses while the database
 * is open, keeps the current file (and its -wal) as `<target>.before-restore-<time>`, then moves a
 * copy of the backup into place. The next `npm start` applies any newer migrations to it.
 */
export function restoreSqlite(backup: string, target: string, now = new Date()): RestoreResult {
  if (!existsSync(backup)) throw new Error(`no backup at ${backup}`);
  const reviewLogs = checkBackup(backup);
  if (databaseInUse(target)) {
    throw new Error(
      `${target} is open in another process (the app is running): stop it (npm start / scripts/serve.mjs), then run restore again`,
    );
  }
  mkdirSync(path.dirname(target), { recursive: true });
  const incoming = `${target}.restoring`;
  rmSync(incoming, { force: true });
  // A fresh copy through SQLite (not a file copy), so the restored file never shares pages with the backup.
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    source.prepare('VACUUM INTO ?').run(incoming);
  } finally {
    source.close();
  }
  let previous: string | null = null;
  if (existsSync(target)) {
    previous = `${target}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(target, previous);
    for (const suffix of ['-wal', '-shm'])
      if (existsSync(target + suffix)) renameSync(target + suffix, previous + suffix);
  }
  renameSync(incoming, target);
  return { file: target, reviewLogs, previous };
}
