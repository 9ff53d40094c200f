import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { BASE_DB, TEST_DB_DIR } from './global-setup';

// A fresh copy of the migrated base database for this test file, never the dev database.
const file = path.join(
  TEST_DB_DIR,
  `worker-${process.env.VITEST_POOL_ID ?? '0'}-${Date.now()}-${Math.random().toString(36).slice(2)}.db`,
);
copyFileSync(BASE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.DELIGHT_VAR_DIR = TEST_DB_DIR;
