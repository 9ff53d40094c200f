/**
 * Issue 17 §2: the per-address sign-in limit counts the address the server saw, not a client's
 * X-Forwarded-For. Its own app server (scripts/serve.mjs, the suite's build) on a copy of the e2e
 * database, so the failures it piles up on localhost don't hold back the rest of the suite.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { hashPassword } from '../../lib/server/password';
import { nextStartArgs } from '../../scripts/lib/next-start.mjs';

const root = process.cwd();
const PORT = Number(process.env.E2E_PORT ?? 3100) + 70;
const base = `http://localhost:${PORT}`;

// The server this file started, stopped after each test even when the test timed out (a test's own
// `finally` does not run then, and the server would outlive the suite).
let stopServer: (() => void) | null = null;
test.afterEach(() => {
  stopServer?.();
  stopServer = null;
});

async function startApp(env: Record<string, string>): Promise<{ dbFile: string }> {
  const dir = path.join(root, 'var', 'proxy-trust-test');
  const dbFile = path.join(dir, 'delight.db');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const source = new Database(path.join(root, 'var', 'e2e', 'delight.db'));
  await source.backup(dbFile);
  source.close();
  const server = spawn(process.execPath, nextStartArgs(PORT), {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: `file:${dbFile}`,
      NEXTAUTH_URL: base,
      DELIGHT_VAR_DIR: path.join(root, 'var'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const stop = () => server.kill('SIGKILL');
  stopServer = stop;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/sign-in`)).ok) return { dbFile };
    } catch {
      // not up yet
    }
    if (i > 240 || server.exitCode !== null) {
      stop();
      throw new Error(`the server did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** next-auth's credentials flow over HTTP; answers 'ok', 'wrong' or 'locked'. */
async function signInOverHttp(email: string, password: string, headers: Record<string, string>): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = (csrf.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar, ...headers },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: `${base}/dashboard` }),
  });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url).searchParams.get('error');
  return error === 'locked' ? 'locked' : error ? 'wrong' : 'ok';
}

test('a rotating client-set X-Forwarded-For does not escape the per-address sign-in limit', async () => {
  test.setTimeout(180_000);
  const { dbFile } = await startApp({ TRUSTED_PROXIES: '0' });
  const db = new Database(dbFile);
  const now = new Date().toISOString().replace('Z', '+00:00');
  db.prepare(
    "INSERT INTO User (id, email, name, passwordHash, role, createdAt, updatedAt) VALUES ('proxytrust1', 'bystander@example.test', NULL, ?, 'LEARNER', ?, ?)",
  ).run(await hashPassword('bystander-password'), now, now);
  db.close();
  for (let i = 0; i < 51; i++) {
    const forged = { 'x-forwarded-for': `198.51.100.${i}`, 'x-delight-client-address': `192.0.2.${i}` };
    expect(await signInOverHttp(`ghost-${i}@example.test`, 'guess', forged)).not.toBe('ok');
  }
  // Every one of those came from this machine's socket: the address is held back, whatever it claims.
  expect(
    await signInOverHttp('bystander@example.test', 'bystander-password', { 'x-forwarded-for': '203.0.113.1' }),
  ).toBe('locked');
});
