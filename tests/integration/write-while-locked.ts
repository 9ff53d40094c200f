import Database from 'better-sqlite3';

/**
 * Starts `write` while another connection (as another worker would) holds SQLite's write lock for
 * `holdMs`, and counts the 10 ms timers that ran before the lock was released: a write that waits
 * synchronously on the event loop lets none run until the lock is gone. Resolves once the write ends.
 */
export async function writeWhileLocked<T>(
  write: () => Promise<T>,
  holdMs = 150,
): Promise<{ result: T; ticksWhileLocked: number }> {
  const other = new Database(process.env.DATABASE_URL!.slice('file:'.length));
  other.exec('BEGIN IMMEDIATE');
  let ticks = 0;
  const ticking = setInterval(() => (ticks += 1), 10);
  try {
    const release = new Promise<number>((resolve) =>
      setTimeout(() => {
        other.exec('COMMIT');
        resolve(ticks);
      }, holdMs),
    );
    const writing = write();
    const ticksWhileLocked = await release;
    return { result: await writing, ticksWhileLocked };
  } finally {
    clearInterval(ticking);
    other.close();
  }
}
