/**
 * commitStalls: how long a review-sized SQLite commit holds the event loop, with WAL checkpoints run
 * by the committing connection (SQLite's default, `wal_autocheckpoint` 1000 pages: the commit that
 * crosses it runs the checkpoint) against the app server's checkpoint thread (ADR 028, session 12).
 * Commits are paced at about the load test's write rate at capacity, in alternating rounds.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AUTOCHECKPOINT_PAGES_WITH_THREAD, startWalCheckpointer } from '../lib/wal-checkpointer.mjs';
import { root } from '../lib/prepare.mjs';
import { percentile } from './percentile';

type Stalls = { p50Ms: number; p99Ms: number; maxMs: number; over5Ms: number };
type Mode = 'inline' | 'thread';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function commitRound(mode: Mode, commits: number): Promise<number[]> {
  const file = path.join(root, 'var', 'bench', `commit-stalls-${mode}.db`);
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`wal_autocheckpoint = ${mode === 'thread' ? AUTOCHECKPOINT_PAGES_WITH_THREAD : 1000}`);
  // A review's shape: a log row appended, a state row upserted, both indexed.
  db.exec(`CREATE TABLE log (id INTEGER PRIMARY KEY, user TEXT, card TEXT, at TEXT, body TEXT);
           CREATE INDEX log_user ON log (user, at);
           CREATE TABLE state (user TEXT, card TEXT, due TEXT, body TEXT, PRIMARY KEY (user, card));`);
  const append = db.prepare('INSERT INTO log (user, card, at, body) VALUES (?, ?, ?, ?)');
  const upsert = db.prepare(
    'INSERT INTO state (user, card, due, body) VALUES (?, ?, ?, ?) ON CONFLICT (user, card) DO UPDATE SET due = excluded.due, body = excluded.body',
  );
  const review = db.transaction((i: number) => {
    const user = `u${i % 500}`;
    const card = `c${(i * 7919) % 2000}`;
    const at = new Date(1_800_000_000_000 + i * 1000).toISOString();
    append.run(user, card, at, 'x'.repeat(200));
    upsert.run(user, card, at, 'y'.repeat(150));
  });
  const checkpointer = mode === 'thread' ? startWalCheckpointer({ file }) : null;
  const times: number[] = [];
  try {
    for (let i = 0; i < commits; i++) {
      const started = performance.now();
      review(i);
      times.push(performance.now() - started);
      await sleep(3); // ~250 commits a second, the load test's writes at capacity
    }
  } finally {
    await checkpointer?.stop();
    db.close();
  }
  return times;
}

const summarise = (times: number[]): Stalls => ({
  p50Ms: Number(percentile(times, 50).toFixed(3)),
  p99Ms: Number(percentile(times, 99).toFixed(2)),
  maxMs: Number(Math.max(...times).toFixed(2)),
  over5Ms: times.filter((t) => t > 5).length,
});

export async function benchCommitStalls(
  commits = 1500,
  rounds = 2,
): Promise<{ commits: number; inline: Stalls; thread: Stalls }> {
  const all: Record<Mode, number[]> = { inline: [], thread: [] };
  for (let round = 0; round < rounds; round++) {
    for (const mode of round % 2 === 0 ? (['inline', 'thread'] as const) : (['thread', 'inline'] as const)) {
      process.stderr.write(`bench: commitStalls round ${round + 1}/${rounds}, checkpoints ${mode}\n`);
      all[mode].push(...(await commitRound(mode, commits)));
    }
  }
  return { commits: commits * rounds, inline: summarise(all.inline), thread: summarise(all.thread) };
}
