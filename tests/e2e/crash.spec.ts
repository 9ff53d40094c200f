/**
 * Crash test: kill -9 the server in the middle of a burst of review submissions, restart it, and
 * check that every review it acknowledged is in the database and nothing is half-written
 * (each card's state has exactly as many repetitions as it has answers in the log).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { nextStartArgs } from '../../scripts/lib/next-start.mjs';

const root = process.cwd(); // Playwright runs from the repo root
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const url = `http://localhost:${PORT}`;
const dir = path.join(root, 'var', 'crash-test');
const dbFile = path.join(dir, 'delight.db');

function startServer(): ChildProcess {
  return spawn(process.execPath, nextStartArgs(PORT), {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: `file:${dbFile}`, NEXTAUTH_URL: url, DELIGHT_VAR_DIR: path.join(root, 'var') },
    stdio: 'ignore',
  });
}

async function waitUp(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not start');
}

async function signIn(): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email: 'learner@example.com', password: 'delight-demo', json: 'true' }),
  });
  return [...jar, ...res.headers.getSetCookie().map((c) => c.split(';')[0]!)].join('; ');
}

test('kill -9 under load loses no acknowledged review and leaves nothing half-written', async () => {
  test.setTimeout(120_000);
  // The Playwright web server already migrated and seeded its database: start from a copy of it.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const source = new Database(path.join(root, 'var', 'e2e', 'delight.db'));
  await source.backup(dbFile);
  source.close();

  let server = startServer();
  try {
    await waitUp();
    const cookie = await signIn();
    const db = new Database(dbFile, { readonly: true });
    const cardIds = (db.prepare('SELECT id FROM Card WHERE retiredAt IS NULL AND ownerId IS NULL').all() as { id: string }[]).map((r) => r.id);
    db.close();

    const acknowledged: string[] = [];
    let stop = false;
    const worker = async (w: number) => {
      for (let n = 0; !stop; n++) {
        const reviewId = `crash-${w}-${n}-${randomUUID()}`;
        try {
          const res = await fetch(`${url}/api/review`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Cookie: cookie },
            body: JSON.stringify({ cardId: cardIds[(w * 7 + n) % cardIds.length], grade: 'good', reviewId }),
          });
          if (res.ok) acknowledged.push(reviewId);
        } catch {
          return; // the server is gone
        }
      }
    };
    const workers = Array.from({ length: 16 }, (_, w) => worker(w));
    await new Promise((r) => setTimeout(r, 2500));
    server.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(acknowledged.length).toBeGreaterThan(50);

    server = startServer();
    await waitUp();
    const check = new Database(dbFile, { readonly: true });
    const stored = new Set((check.prepare('SELECT reviewId FROM ReviewLog').all() as { reviewId: string }[]).map((r) => r.reviewId));
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);
    const inconsistent = check
      .prepare(
        `SELECT s.cardId, s.reps, COUNT(l.id) AS answers FROM ReviewState s
         LEFT JOIN ReviewLog l ON l.userId = s.userId AND l.cardId = s.cardId AND l.undoneAt IS NULL
         GROUP BY s.userId, s.cardId HAVING s.reps != COUNT(l.id)`,
      )
      .all();
    expect(inconsistent).toEqual([]);
    check.close();

    // And the restarted server carries on.
    const again = await fetch(`${url}/api/review/queue`, { headers: { Cookie: cookie } });
    expect(again.status).toBe(200);
  } finally {
    server.kill('SIGKILL');
  }
});
