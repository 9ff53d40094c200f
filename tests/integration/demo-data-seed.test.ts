/**
 * Demo accounts only for a local try-out (DESIGN §2, issue 15): the seeding entry and `npm start`'s
 * decision, run as child processes exactly as `npm start` runs them, against this file's database.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';

const TSX = path.resolve('node_modules', '.bin', 'tsx');
const DEMO_EMAILS = ['learner@example.com', 'instructor@example.com', 'admin@example.com'];

function runScript(script: string, vars: Record<string, string>) {
  // the child decides from `vars` alone, never from this test run's own demo settings
  const inherited = { ...process.env };
  for (const name of ['DEMO_DATA', 'DEMO_DATA_ON_PUBLIC_URL', 'NEXTAUTH_URL']) delete inherited[name];
  const r = spawnSync(TSX, ['--conditions=react-server', script], {
    env: { ...inherited, DATABASE_URL: process.env.DATABASE_URL, ...vars },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const demoUsers = () => db.user.count({ where: { email: { in: DEMO_EMAILS } } });

describe('demo data and the public URL', { timeout: 180_000 }, () => {
  it("npm start's decision refuses demo data on a public URL and grants it on localhost", () => {
    const publicRun = runScript('scripts/demo-data.ts', {
      DEMO_DATA: '1',
      NEXTAUTH_URL: 'https://delight.example.com',
    });
    expect(publicRun.code).toBe(0);
    expect(JSON.parse(publicRun.stdout)).toMatchObject({ enabled: false, notice: expect.stringContaining('refused') });
    const localRun = runScript('scripts/demo-data.ts', { DEMO_DATA: '1', NEXTAUTH_URL: 'http://localhost:3000' });
    expect(JSON.parse(localRun.stdout)).toEqual({ enabled: true, notice: null });
  });

  it('the seed creates no demo users on a public URL (and says why), but does on localhost', async () => {
    const publicRun = runScript('prisma/seed.ts', { DEMO_DATA: '1', NEXTAUTH_URL: 'https://delight.example.com' });
    expect(publicRun.code, publicRun.stderr).toBe(0);
    expect(publicRun.stderr).toContain('Demo data refused: the app is served at https://delight.example.com');
    expect(publicRun.stdout).toContain('seed: content synced');
    expect(await demoUsers()).toBe(0);

    // The same seed on localhost does create them, so the assertion above can fail.
    const localRun = runScript('prisma/seed.ts', { DEMO_DATA: '1', NEXTAUTH_URL: 'http://localhost:3000' });
    expect(localRun.code, localRun.stderr).toBe(0);
    expect(await demoUsers()).toBe(3);
  });
});
