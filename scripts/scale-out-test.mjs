// `npm run test:scale-out`: two app servers, one database (ADR 005). Starts two `next start`
// processes on different ports with the same AUTH_SECRET and DATABASE_URL (and separate var/
// folders, so they share nothing but the database), signs in on A through next-auth's credentials
// flow over HTTP, and checks that B serves the same learner consistently: the session cookie from
// A works on B, an answer posted on A shows in B's queue, a repeated reviewId on B returns A's
// answer, and concurrent answers to one card spread over both servers are all applied in turn.
// Run through scripts/with-postgres.mjs (a throwaway PostgreSQL unless DATABASE_URL is one);
// with a file: DATABASE_URL it checks the same on SQLite. Uses the production build (builds it
// when the sources changed). Exit 0 when every check passes.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { nextStartArgs } from './lib/next-start.mjs';
import { databaseProvider, ensureBuild, prepareDatabase, root } from './lib/prepare.mjs';

const EMAIL = 'learner@example.com';
const PASSWORD = 'delight-demo';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

let failures = 0;
function check(ok, message, detail) {
  console.log(`${ok ? '✓' : '✖'} ${message}`);
  if (!ok) {
    failures += 1;
    if (detail !== undefined) console.log(`  got: ${JSON.stringify(detail)}`);
  }
  return ok;
}

const databaseUrl = process.env.DATABASE_URL?.trim() || 'file:./var/scale-out/delight.db';
const provider = databaseProvider(databaseUrl);
const varDir = mkdtempSync(path.join(os.tmpdir(), 'delight-scale-out-'));
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  AUTH_SECRET: randomBytes(32).toString('base64url'),
  DEMO_DATA: '1',
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
};

console.log(`scale-out: two app servers on one ${provider === 'postgresql' ? 'PostgreSQL' : 'SQLite'} database`);
prepareDatabase(env, { fresh: true });
ensureBuild(env);

const servers = [];
const stopAll = () => {
  for (const s of servers) if (s.child.exitCode === null) s.child.kill('SIGTERM');
};
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});
process.on('SIGTERM', () => {
  stopAll();
  process.exit(143);
});

async function startServer(name) {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const child = spawn(process.execPath, nextStartArgs(port), {
    cwd: root,
    env: { ...env, PORT: String(port), NEXTAUTH_URL: base, DELIGHT_VAR_DIR: path.join(varDir, name) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const server = { name, base, child, log: () => log };
  servers.push(server);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server ${name} exited (${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server ${name} did not answer on ${base} within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A tiny cookie jar: name → value from Set-Cookie headers. */
function cookiesFrom(response, jar = new Map()) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const eq = pair.indexOf('=');
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
  }
  return jar;
}
const cookieHeader = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** next-auth's credentials flow over HTTP: GET /api/auth/csrf, POST /api/auth/callback/credentials. */
async function signIn(server) {
  const csrf = await fetch(`${server.base}/api/auth/csrf`);
  const jar = cookiesFrom(csrf);
  const { csrfToken } = await csrf.json();
  const response = await fetch(`${server.base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, json: 'true', callbackUrl: `${server.base}/dashboard` }),
  });
  cookiesFrom(response, jar);
  const session = [...jar.keys()].find((k) => k.endsWith('next-auth.session-token'));
  return { status: response.status, cookie: session ? `${session}=${jar.get(session)}` : null };
}

const api = async (server, cookie, method, route, body) => {
  const response = await fetch(`${server.base}${route}`, {
    method,
    redirect: 'manual',
    headers: { ...(cookie ? { cookie } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, headers: response.headers };
};

const started = Date.now();
try {
  const [a, b] = await Promise.all([startServer('A'), startServer('B')]);
  console.log(`scale-out: A on ${a.base}, B on ${b.base} (pids ${a.child.pid}, ${b.child.pid})`);

  const { status, cookie } = await signIn(a);
  check(status === 200 && cookie !== null, `signed in as ${EMAIL} on A (credentials flow over HTTP)`, { status, cookie: Boolean(cookie) });
  if (!cookie) throw new Error('no session cookie: cannot go on');

  const dashboardB = await api(b, cookie, 'GET', '/dashboard');
  check(dashboardB.status === 200, "A's session cookie opens a page on B (/dashboard → 200)", dashboardB.status);
  const anonymous = await api(b, null, 'GET', '/dashboard');
  check(anonymous.status >= 300 && anonymous.status < 400, 'without the cookie, B sends the visitor to sign in', anonymous.status);

  const before = await api(b, cookie, 'GET', '/api/review/queue');
  const cards = before.json?.cards ?? [];
  check(before.status === 200 && cards.length >= 1, `B serves the learner's queue (${cards.length} cards due)`, before.status);
  if (cards.length === 0) throw new Error('the demo learner has no card due: cannot go on');
  const [first] = cards;
  const second = cards[1] ?? first;

  const answer = { cardId: first.id, grade: 'easy', reviewId: randomUUID() };
  const onA = await api(a, cookie, 'POST', '/api/review', answer);
  check(onA.status === 200 && onA.json?.cardId === first.id, `POST /api/review on A records an answer to ${first.id}`, onA);

  const after = await api(b, cookie, 'GET', '/api/review/queue');
  const stillDue = (after.json?.cards ?? []).some((c) => c.id === first.id);
  check(after.status === 200 && !stillDue, 'GET /api/review/queue on B no longer serves the answered card', { stillDue });
  check(after.json?.doneToday === before.json?.doneToday + 1, `B counts the answer made on A (doneToday ${before.json?.doneToday} → ${after.json?.doneToday})`);

  const repeat = await api(b, cookie, 'POST', '/api/review', answer);
  check(
    repeat.status === 200 && JSON.stringify(repeat.json) === JSON.stringify(onA.json),
    'the same reviewId sent again to B records nothing new and returns A’s body',
    repeat.json,
  );

  // Six answers to one card at once, alternating servers: each must build on the one before.
  const concurrent = await Promise.all(
    Array.from({ length: 6 }, (_, i) => api(i % 2 ? b : a, cookie, 'POST', '/api/review', { cardId: second.id, grade: 'good', reviewId: randomUUID() })),
  );
  const reps = concurrent.map((r) => r.json?.reps).sort((x, y) => x - y);
  const allOk = concurrent.every((r) => r.status === 200);
  const inTurn = reps.every((r, i) => i === 0 || r === reps[i - 1] + 1);
  check(allOk && inTurn, `6 concurrent answers to one card over A and B are applied one after another (reps ${reps.join(', ')})`, concurrent.map((r) => r.status));

  const final = await api(b, cookie, 'GET', '/api/review/queue');
  check(final.json?.doneToday === after.json?.doneToday + 6, `B sees all ${after.json?.doneToday + 6} answers of today`, final.json?.doneToday);
} catch (error) {
  failures += 1;
  console.log(`✖ ${error instanceof Error ? error.message : String(error)}`);
  for (const s of servers) console.log(`--- server ${s.name} log ---\n${s.log().slice(-4000)}`);
} finally {
  stopAll();
  await Promise.all(servers.map((s) => (s.child.exitCode === null ? new Promise((r) => s.child.once('exit', r)) : null)));
  rmSync(varDir, { recursive: true, force: true });
}
console.log(`scale-out: ${failures === 0 ? 'all checks passed' : `${failures} check(s) failed`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures === 0 ? 0 : 1);
