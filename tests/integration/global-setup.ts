import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { isPostgresUrl, withDatabaseName } from '@/lib/server/database-url';

/** Each database's run has its own folder: CI runs the PostgreSQL suite while the SQLite one runs. */
export const TEST_DB_DIR = path.resolve('var', isPostgresUrl(process.env.DATABASE_URL ?? '') ? 'test-pg' : 'test');
export const BASE_DB = path.join(TEST_DB_DIR, 'base.db');

declare module 'vitest' {
  export interface ProvidedContext {
    /** On PostgreSQL: the server's URL and the migrated template database each test file copies. */
    postgres: { url: string; template: string } | null;
  }
}

const migrate = (url: string) =>
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: 'pipe',
  });

/** Runs SQL on the server named by a PostgreSQL URL (as that URL's role). */
export async function onPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * SQLite (the default): migrates one base database file; each test file gets its own copy (setup.ts).
 * PostgreSQL (DATABASE_URL=postgres://…; the role needs CREATEDB): migrates a template database on
 * that server; each test file gets `CREATE DATABASE … TEMPLATE` (setup.ts); all are dropped at the
 * end. The database named in the URL itself is never written to.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  rmSync(TEST_DB_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DB_DIR, { recursive: true });
  const url = process.env.DATABASE_URL;
  if (!url || !isPostgresUrl(url)) {
    migrate(`file:${BASE_DB}`);
    project.provide('postgres', null);
    return;
  }
  const template = `delight_test_${randomBytes(4).toString('hex')}`;
  await onPostgres(url, (c) => c.query(`CREATE DATABASE "${template}"`));
  const dropAll = () =>
    onPostgres(url, async (c) => {
      const { rows } = await c.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${template}%`]);
      for (const { datname } of rows) await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
  try {
    migrate(withDatabaseName(url, template));
  } catch (error) {
    await dropAll();
    throw error;
  }
  project.provide('postgres', { url, template });
  return dropAll;
}
