/**
 * The session cookie behind HTTPS. In production a reverse proxy terminates TLS and forwards plain
 * HTTP (with X-Forwarded-Proto: https) to the app, whose public URL, NEXTAUTH_URL, is https://….
 * The app decides Secure cookies from NEXTAUTH_URL, never from the request's transport, so a server
 * started with NEXTAUTH_URL=https://… and spoken to over plain HTTP is exactly that setup. The
 * cookies are read from raw Set-Cookie headers (Node's fetch keeps no cookie jar, so a Secure
 * cookie is sent back over HTTP as a proxy would).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { nextStartArgs } from '../../scripts/lib/next-start.mjs';
import { DEMO_LEARNER } from './fixtures';

const root = process.cwd(); // Playwright runs from the repo root
const PORT = Number(process.env.E2E_PORT ?? 3100) + 60;
const direct = `http://localhost:${PORT}`; // what the proxy talks to
const publicUrl = `https://localhost:${PORT}`; // what the browser sees
const PROXY = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': `localhost:${PORT}` };

/**
 * Starts `next start` (the suite's production build) on PORT with its own copy of the e2e
 * database and the given NEXTAUTH_URL (undefined: unset); returns a stop function.
 */
async function startApp(name: string, env: Record<string, string | undefined>): Promise<() => void> {
  // The Playwright web server already migrated and seeded its database: start from a copy of it.
  const dir = path.join(root, 'var', 'secure-cookie-test', name);
  const dbFile = path.join(dir, 'delight.db');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const source = new Database(path.join(root, 'var', 'e2e', 'delight.db'));
  await source.backup(dbFile);
  source.close();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${dbFile}`,
    DELIGHT_VAR_DIR: path.join(root, 'var'),
  };
  delete childEnv.NEXTAUTH_URL;
  for (const [key, value] of Object.entries(env)) if (value !== undefined) childEnv[key] = value;
  const server: ChildProcess = spawn(
    process.execPath,
    nextStartArgs(PORT),
    { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const stop = () => server.kill('SIGKILL');
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${direct}/sign-in`)).ok) return stop;
    } catch {
      // not up yet
    }
    if (i > 240 || server.exitCode !== null) {
      stop();
      throw new Error(`the ${name} server did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

type SetCookie = { name: string; value: string; attributes: Map<string, string> };

/** One Set-Cookie header: name, value and attributes (names lower-cased; flags map to ''). */
function parseSetCookie(header: string): SetCookie {
  const [pair = '', ...rest] = header.split(';');
  const eq = pair.indexOf('=');
  const attributes = new Map<string, string>();
  for (const part of rest) {
    const [key = '', ...value] = part.trim().split('=');
    attributes.set(key.toLowerCase(), value.join('='));
  }
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1), attributes };
}

/** next-auth's credentials flow: GET /api/auth/csrf, then POST /api/auth/callback/credentials. */
async function signIn(
  base: string,
  headers: Record<string, string> = {},
): Promise<{ setCookies: SetCookie[]; status: number }> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { headers });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const fromCsrf = csrf.headers.getSetCookie().map(parseSetCookie);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      ...headers,
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: fromCsrf.map((c) => `${c.name}=${c.value}`).join('; '),
    },
    body: new URLSearchParams({ csrfToken, ...DEMO_LEARNER, json: 'true' }),
  });
  return { setCookies: [...fromCsrf, ...response.headers.getSetCookie().map(parseSetCookie)], status: response.status };
}

const sessionCookieOf = (cookies: SetCookie[]) => cookies.filter((c) => c.name.endsWith('next-auth.session-token'));

async function getQueue(base: string, cookie: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}/api/review/queue`, { headers: { ...headers, Cookie: cookie } });
  return { status: response.status, body: (await response.json()) as { cards?: unknown[]; error?: { code: string } } };
}

// The servers below share one port: the describes run one after the other (Playwright runs a
// file's tests in order in one worker, fullyParallel is off).
test.describe('behind an HTTPS proxy (NEXTAUTH_URL=https://…)', () => {
  let stop: (() => void) | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    stop = await startApp('https', { NEXTAUTH_URL: publicUrl });
  });
  test.afterAll(() => stop?.());

  test('a sign-in sets a __Secure- session cookie that is Secure, HttpOnly and SameSite=Lax', async () => {
    const { setCookies } = await signIn(direct, PROXY);
    const sessions = sessionCookieOf(setCookies);
    expect(sessions.map((c) => c.name)).toEqual(['__Secure-next-auth.session-token']);
    const session = sessions[0]!;
    expect(session.value.length).toBeGreaterThan(20);
    expect(session.attributes.has('secure')).toBe(true);
    expect(session.attributes.has('httponly')).toBe(true);
    expect(session.attributes.get('samesite')?.toLowerCase()).toBe('lax');
    expect(session.attributes.get('path')).toBe('/');
    // The CSRF cookie too: __Host- (Secure, no Domain, Path=/).
    const csrf = setCookies.find((c) => c.name.endsWith('next-auth.csrf-token'));
    expect(csrf?.name).toBe('__Host-next-auth.csrf-token');
    expect(csrf?.attributes.has('secure')).toBe(true);
  });

  test('the JSON API and the pages accept that cookie, over the proxy’s plain HTTP, with or without X-Forwarded-Proto', async () => {
    const session = sessionCookieOf((await signIn(direct, PROXY)).setCookies)[0]!;
    const cookie = `${session.name}=${session.value}`;
    for (const headers of [PROXY, {}]) {
      const queue = await getQueue(direct, cookie, headers);
      expect(queue.status, JSON.stringify(headers)).toBe(200);
      expect(Array.isArray(queue.body.cards)).toBe(true);
    }
    // A page (getServerSession) sees the same user: no redirect to sign-in.
    const page = await fetch(`${direct}/dashboard`, { headers: { ...PROXY, Cookie: cookie }, redirect: 'manual' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Sign out');
    // The server reads the session under the secure name only: the same token under the plain name is no session.
    const plain = await getQueue(direct, `next-auth.session-token=${session.value}`, PROXY);
    expect(plain).toMatchObject({ status: 401, body: { error: { code: 'unauthenticated' } } });
  });
});

test.describe('NEXTAUTH_URL unset, AUTH_TRUST_HOST set, behind an HTTPS proxy', () => {
  let stop: (() => void) | undefined;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    stop = await startApp('trust-host', { NEXTAUTH_URL: undefined, AUTH_TRUST_HOST: '1' });
  });
  test.afterAll(() => stop?.());

  test('signing in and the API agree on the cookie (both decide from NEXTAUTH_URL, not X-Forwarded-Proto)', async () => {
    // next-auth alone would take https from X-Forwarded-Proto when signing in (a __Secure- cookie)
    // but not when getToken reads it (the plain name), and every API call would answer 401. Here
    // NEXTAUTH_URL alone decides: unset counts as http (behind a TLS proxy, set it to the https URL).
    const sessions = sessionCookieOf((await signIn(direct, PROXY)).setCookies);
    expect(sessions).toHaveLength(1);
    const session = sessions[0]!;
    const queue = await getQueue(direct, `${session.name}=${session.value}`, PROXY);
    expect(queue.status).toBe(200);
    expect(session.name).toBe('next-auth.session-token');
  });
});

test('with NEXTAUTH_URL=http://… the session cookie has no Secure flag and no prefix, and the API accepts it', async ({
  baseURL,
}) => {
  // The suite's own server (playwright.config.ts) runs with NEXTAUTH_URL = its http:// base URL.
  if (!baseURL?.startsWith('http://')) throw new Error(`expected an http:// base URL, got ${baseURL}`);
  const sessions = sessionCookieOf((await signIn(baseURL)).setCookies);
  expect(sessions.map((c) => c.name)).toEqual(['next-auth.session-token']);
  const session = sessions[0]!;
  expect(session.attributes.has('secure')).toBe(false);
  expect(session.attributes.has('httponly')).toBe(true);
  expect(session.attributes.get('samesite')?.toLowerCase()).toBe('lax');
  const queue = await getQueue(baseURL, `${session.name}=${session.value}`);
  expect(queue.status).toBe(200);
  expect(Array.isArray(queue.body.cards)).toBe(true);
});
