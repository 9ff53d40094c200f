import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export const TEST_DB_DIR = path.resolve('var', 'test');
export const BASE_DB = path.join(TEST_DB_DIR, 'base.db');

/** Migrates one base database; each test file gets its own copy of it (setup.ts). */
export default function setup(): void {
  rmSync(TEST_DB_DIR, { recursive: true, force: true });
  mkdirSync(TEST_DB_DIR, { recursive: true });
  execFileSync(path.resolve('node_modules/.bin/prisma'), ['migrate', 'deploy'], {
    env: { ...process.env, DATABASE_URL: `file:${BASE_DB}` },
    stdio: 'pipe',
  });
}
