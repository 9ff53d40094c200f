// WAL checkpoints off the request path (ADR 028, "Session 12"). SQLite's automatic checkpoint runs
// inside the commit that pushes the WAL past `wal_autocheckpoint` pages: on SQLite that is a request
// on a worker's event loop, and a PASSIVE checkpoint of ~1,000 pages took 8–23 ms on this machine's
// disk (its fsync), a stall every request queued behind it pays. The app server instead runs PASSIVE
// checkpoints on a worker thread of its own and raises the request connections' wal_autocheckpoint
// (SQLITE_WAL_AUTOCHECKPOINT), so a request checkpoints only if this thread falls far behind or stops.
// A PASSIVE checkpoint never takes the write lock: commits go on while it copies pages.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/** How often the thread checkpoints. Short, so each checkpoint is small and the WAL stays small. */
export const CHECKPOINT_EVERY_MS = 100;

/**
 * The request connections' wal_autocheckpoint while the thread runs: about 40 MB of WAL, far past
 * what the thread lets build up, so it is only a safety net (0 would let the WAL grow without bound
 * if the thread died).
 */
export const AUTOCHECKPOINT_PAGES_WITH_THREAD = 10_000;

/**
 * SQLITE_CHECKPOINTER from the environment: `thread` (the default) or `off` (commits checkpoint
 * themselves, SQLite's default). Throws with a one-line message on any other value.
 * @param {Record<string, string | undefined>} env
 * @returns {'thread' | 'off'}
 */
export function parseSqliteCheckpointer(env) {
  const value = env.SQLITE_CHECKPOINTER?.trim() || 'thread';
  if (value !== 'thread' && value !== 'off')
    throw new Error(`SQLITE_CHECKPOINTER: must be thread or off (got ${JSON.stringify(env.SQLITE_CHECKPOINTER)})`);
  return value;
}

/**
 * Starts the checkpoint thread on the SQLite file at `file`. It doesn't keep the process alive.
 * @param {{ file: string, everyMs?: number, onError?: (error: Error) => void }} options
 * @returns {{ stop: () => Promise<number> }}
 */
export function startWalCheckpointer({ file, everyMs = CHECKPOINT_EVERY_MS, onError }) {
  const worker = new Worker(new URL(import.meta.url), { workerData: { file, everyMs } });
  worker.unref();
  worker.on(
    'error',
    onError ??
      ((error) =>
        console.error(`WAL checkpointer stopped (${error.message}); commits will checkpoint the WAL themselves`)),
  );
  return { stop: () => worker.terminate() };
}

function runCheckpoints({ file, everyMs }) {
  const db = new Database(file, { fileMustExist: true });
  // PASSIVE never waits on the busy handler; a checkpoint that finds a reader still on old frames
  // copies what it can, and the next one goes on from there. Busy (another process checkpointing
  // or recovering) is skipped the same way; anything else stops the thread and is reported.
  const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
  setInterval(() => {
    try {
      checkpoint.get();
    } catch (error) {
      if (!String(error?.code).startsWith('SQLITE_BUSY')) throw error;
    }
  }, everyMs);
}

if (!isMainThread && parentPort && workerData?.file) runCheckpoints(workerData);
