/** Starts the production build against a bench database and signs a user in over HTTP. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { nextStartArgs } from '../lib/next-start.mjs';
import { ensureBuild, prepareDatabase, root } from '../lib/prepare.mjs';
import { isPostgresUrl } from '../../lib/server/database-provider.mjs';

export type RunningServer = { url: string; process: ChildProcess; stop: () => Promise<void> };

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

/**
 * `database`: a SQLite file path, or a PostgreSQL URL (ADR 029). `fresh: false` keeps what is there (a second
 * server on one database). `extraEnv`: more of the server's environment, e.g. WEB_CONCURRENCY (--workers).
 * `nodeArgs`: flags for its Node (cluster workers inherit them), e.g. --cpu-prof.
 */
export async function startAppServer(
  port: number,
  database: string,
  {
    fresh = true,
    extraEnv = {},
    nodeArgs = [],
  }: { fresh?: boolean; extraEnv?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<RunningServer> {
  const postgres = isPostgresUrl(database);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: postgres ? database : `file:${database}`,
    DEMO_DATA: '1',
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXTAUTH_URL: `http://localhost:${port}`,
    PORT: String(port),
    ...extraEnv,
  };
  if (fresh) {
    log(`preparing ${postgres ? 'PostgreSQL' : path.relative(root, database)} (migrations, content, demo accounts)`);
    prepareDatabase(env, { fresh: true, toStderr: true });
  }
  ensureBuild(env, { toStderr: true });
  const child = spawn(process.execPath, [...nodeArgs, ...nextStartArgs(port)], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://localhost:${port}`;
  await waitFor(`${url}/sign-in`);
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms`);
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

/** Signs in with next-auth's credentials flow; returns the Cookie header for later requests. */
export async function signInOverHttp(url: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const cookies = [...jar, ...cookiesOf(response)];
  if (!cookies.some((c) => c.includes('session-token'))) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return cookies.join('; ');
}
