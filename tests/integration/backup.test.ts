import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseProvider } from '@/lib/server/database-url';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

// `npm run backup` / `npm run restore` (ADR 029), as the operator runs them: separate processes, while this
// process keeps answering reviews on the live file, as the app would.
const onSQLite = databaseProvider(process.env.DATABASE_URL) === 'sqlite';
const root = process.cwd();
const dir = mkdtempSync(path.join(os.tmpdir(), 'delight-backup-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function npmScript(script: 'backup' | 'restore', args: string[], env: NodeJS.ProcessEnv = process.env) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], {
      cwd: root,
      env,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe.runIf(onSQLite)('backup and restore of the live SQLite database', () => {
  it('a backup taken while reviews are being written, restored into a fresh file, holds every review acknowledged before it began', async () => {
    await seedContent();
    const user = await makeUser();
    const cards = ['apigw-vs-alb.routing.a', 'apigw-vs-alb.vpc.b', 'apigw-vs-alb.auth.a', 'apigw-vs-alb.caching.a'];
    const acknowledged: { reviewId: string; at: number }[] = [];
    let writing = true;
    let n = 0;
    const writer = (async () => {
      while (writing) {
        const reviewId = `backup-${n++}`;
        const result = await reviewStateRepository().record({
          userId: user.id,
          cardId: cards[n % cards.length]!,
          grade: 'good',
          reviewId,
          now: new Date(),
        });
        if (result.ok) acknowledged.push({ reviewId, at: performance.now() });
        await new Promise((r) => setImmediate(r));
      }
    })();
    while (acknowledged.length < 50) await new Promise((r) => setTimeout(r, 5));

    const file = path.join(dir, 'live.db');
    const began = performance.now();
    const backup = await npmScript('backup', ['--out', file]);
    const during = acknowledged.filter((a) => a.at > began).length;
    writing = false;
    await writer;
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(during, 'the app kept answering while the backup process ran').toBeGreaterThan(0);
    expect(JSON.parse(backup.stdout)).toMatchObject({ file });

    const fresh = path.join(dir, 'restored', 'delight.db');
    const restore = await npmScript('restore', [file], { ...process.env, DATABASE_URL: `file:${fresh}` });
    expect(restore.code, restore.stderr).toBe(0);
    const restored = new Database(fresh, { readonly: true });
    const stored = new Set(
      (restored.prepare('SELECT reviewId FROM ReviewLog WHERE userId = ?').all(user.id) as { reviewId: string }[]).map(
        (r) => r.reviewId,
      ),
    );
    const before = acknowledged.filter((a) => a.at < began).map((a) => a.reviewId);
    expect(before.filter((id) => !stored.has(id))).toEqual([]);
    // A consistent snapshot: every state has exactly as many repetitions as it has answers in the log.
    const halfWritten = restored
      .prepare(
        `SELECT s.cardId FROM ReviewState s LEFT JOIN ReviewLog l ON l.userId = s.userId AND l.cardId = s.cardId AND l.undoneAt IS NULL
         WHERE s.userId = ? GROUP BY s.cardId HAVING s.reps != COUNT(l.id)`,
      )
      .all(user.id);
    restored.close();
    expect(halfWritten).toEqual([]);
  }, 120_000);

  it('restore refuses while the app has the database open, and refuses a file that is not a Delight backup', async () => {
    await reviewStateRepository().queue.settings('nobody'); // this process (the "app") now holds the live file open
    const file = path.join(dir, 'for-refusal.db');
    expect((await npmScript('backup', ['--out', file])).code).toBe(0);
    const refused = await npmScript('restore', [file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/open in another process \(the app is running\): stop it/);

    const notADatabase = path.join(dir, 'notes.txt');
    await import('node:fs').then((fs) => fs.writeFileSync(notADatabase, 'hello'));
    const bad = await npmScript('restore', [notADatabase], {
      ...process.env,
      DATABASE_URL: `file:${path.join(dir, 'other.db')}`,
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not a readable SQLite database/);
    expect(existsSync(path.join(dir, 'other.db'))).toBe(false);

    const usage = await npmScript('restore', []);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: restore FILE/);
    expect((await npmScript('backup', ['--out', file])).stderr).toMatch(/exists already/);
  }, 120_000);
});
