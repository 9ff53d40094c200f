/**
 * Crash test on SQLite, in `npm test`: kill -9 the production server in the middle of a burst of review
 * submissions, restart it, and check that every review it acknowledged is stored and nothing is
 * half-written. The test itself is scripts/crash-test.mjs, the one CI also runs on PostgreSQL (ADR 029);
 * it prints one ✓/✖ line per check and exits non-zero when any fails.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';

test('kill -9 under load loses no acknowledged review and leaves nothing half-written', () => {
  test.setTimeout(180_000);
  const { DATABASE_URL: _suiteDatabase, ...env } = process.env; // its own SQLite file, not the suite's
  const run = spawnSync(process.execPath, ['scripts/crash-test.mjs'], { cwd: process.cwd(), env, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  expect(output).toContain('crash test on SQLite');
  expect(output).toContain('✓ every acknowledged answer is stored after the restart');
  expect(output).toContain('✓ nothing is half-written');
  expect(run.status, output).toBe(0);
});
