import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, inject } from 'vitest';
import { withDatabaseName } from '@/lib/server/database-url';
import { BASE_DB, TEST_DB_DIR, onPostgres } from './global-setup';

// A fresh database for this test file, never the dev database (global-setup.ts).
const unique = `${process.env.VITEST_POOL_ID ?? '0'}_${Date.now()}_${Math.random().toString(36).slice(2, 8)}`;
const postgres = inject('postgres');
if (postgres) {
  const name = `${postgres.template}_${unique}`;
  await onPostgres(postgres.url, (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE "${postgres.template}"`));
  process.env.DATABASE_URL = withDatabaseName(postgres.url, name);
  // Close this file's connection pool, so finished files don't hold server connections.
  afterAll(async () => {
    const { db } = await import('@/lib/server/db');
    await db.$disconnect();
  });
} else {
  const file = path.join(TEST_DB_DIR, `worker-${unique}.db`);
  copyFileSync(BASE_DB, file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.DELIGHT_VAR_DIR = TEST_DB_DIR;
