// `npm run test:crash`: the crash test on either database (ADR 029). Starts the production app
// server, has 16 clients post review answers as fast as it takes them, kill -9s the server once it
// has acknowledged 60 of them (answers in flight),
// starts it again and checks that every answer it acknowledged is stored, that nothing is
// half-written (each card's state has as many repetitions as it has answers in the log) and that the
// restarted server serves the queue. Run through scripts/with-postgres.mjs for PostgreSQL (CI's
// PostgreSQL leg does); with a file: DATABASE_URL, or none, it runs on SQLite (the end-to-end
// suite's tests/e2e/crash.spec.ts covers SQLite in `npm test`). Exit 0 when every check passes.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { nextStartArgs } from './lib/next-start.mjs';
import { databaseProvider, ensureBuild, prepareDatabase, root } from './lib/prepare.mjs';

const varDir = mkdtempSync(path.join(os.tmpdir(), 'delight-crash-'));
const databaseUrl = process.env.DATABASE_URL?.trim() || `file:${path.join(varDir, 'delight.db')}`;
const provider = databaseProvider(databaseUrl);
const port = await new Promise((resolve, reject) => {
  const server = createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port: p } = server.address();
    server.close(() => resolve(p));
  });
});
const url = `http://localhost:${port}`;
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DEMO_DATA: '1',
  NEXTAUTH_URL: url,
  PORT: String(port),
  DELIGHT_VAR_DIR: varDir,
};

/** The three reads the checks need, on either database. */
async function openStore() {
  if (provider === 'sqlite') {
    const db = new Database(path.resolve(root, databaseUrl.slice('file:'.length)), { readonly: true });
    return {
      all: async (sql) => db.prepare(sql).all(),
      close: async () => db.close(),
    };
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return { all: async (sql) => (await client.query(sql)).rows, close: () => client.end() };
}

let failures = 0;
function check(ok, message, detail) {
  console.log(`${ok ? '✓' : '✖'} ${message}`);
  if (!ok) {
    failures += 1;
    if (detail !== undefined) console.log(`  got: ${JSON.stringify(detail).slice(0, 2000)}`);
  }
}

function startServer() {
  return spawn(process.execPath, nextStartArgs(port), { cwd: root, env, stdio: 'ignore' });
}
async function waitUp() {
  for (let i = 0; i < 480; i++) {
    try {
      if ((await fetch(`${url}/sign-in`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not start within 120 s');
}
async function signIn() {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const jar = csrf.headers.getSetCookie().map((c) => c.split(';')[0]);
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email: 'learner@example.com', password: 'delight-demo', json: 'true' }),
  });
  return [...jar, ...res.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
}

const started = Date.now();
console.log(`crash test on ${provider === 'postgresql' ? 'PostgreSQL' : 'SQLite'}`);
prepareDatabase(env, { fresh: true });
ensureBuild(env);
let server = startServer();
try {
  await waitUp();
  const cookie = await signIn();
  let store = await openStore();
  const cardIds = (await store.all('SELECT "id" FROM "Card" WHERE "retiredAt" IS NULL AND "ownerId" IS NULL')).map(
    (r) => r.id,
  );
  await store.close();

  const acknowledged = [];
  let stop = false;
  const worker = async (w) => {
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
  // Mid-load: once 60 answers are acknowledged (2–3 s on a quiet 2-core box), or after 30 s.
  for (const until = Date.now() + 30_000; acknowledged.length < 60 && Date.now() < until;)
    await new Promise((r) => setTimeout(r, 20));
  server.kill('SIGKILL');
  stop = true;
  await Promise.all(workers);
  check(acknowledged.length >= 60, `the server acknowledged ${acknowledged.length} answers before kill -9`);

  server = startServer();
  await waitUp();
  store = await openStore();
  const stored = new Set((await store.all('SELECT "reviewId" FROM "ReviewLog"')).map((r) => r.reviewId));
  const lost = acknowledged.filter((id) => !stored.has(id));
  check(lost.length === 0, 'every acknowledged answer is stored after the restart', lost);
  const inconsistent = await store.all(
    `SELECT s."cardId", s."reps", COUNT(l."id") AS "answers" FROM "ReviewState" s
     LEFT JOIN "ReviewLog" l ON l."userId" = s."userId" AND l."cardId" = s."cardId" AND l."undoneAt" IS NULL
     GROUP BY s."userId", s."cardId", s."reps" HAVING s."reps" != COUNT(l."id")`,
  );
  await store.close();
  check(
    inconsistent.length === 0,
    'nothing is half-written (each state has as many repetitions as answers)',
    inconsistent,
  );
  const again = await fetch(`${url}/api/review/queue`, { headers: { Cookie: cookie } });
  check(again.status === 200, 'the restarted server serves the queue', again.status);
} catch (error) {
  failures += 1;
  console.log(`✖ ${error instanceof Error ? error.message : String(error)}`);
} finally {
  server.kill('SIGKILL');
  rmSync(varDir, { recursive: true, force: true });
}
console.log(
  `crash test: ${failures === 0 ? 'all checks passed' : `${failures} check(s) failed`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(failures === 0 ? 0 : 1);
