import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PATCHED_PRISMA_MINOR, withScriptSupport } from '@/prisma/patches';

const installedVersion = (pkg: string) =>
  (JSON.parse(readFileSync(path.resolve('node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

async function tableCount(adapter: Awaited<ReturnType<PrismaBetterSQLite3['connect']>>) {
  const result = await adapter.queryRaw({
    sql: "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'",
    args: [],
    argTypes: [],
  });
  return Number(result.rows[0]?.[0]);
}

const TWO_STATEMENTS = { sql: 'CREATE TABLE a (x INTEGER); CREATE TABLE b (y INTEGER);', args: [], argTypes: [] };

describe('the Prisma patches (prisma/patches.ts)', () => {
  it.each(['prisma', '@prisma/client', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg'])(
    '%s is still the release they were written for: on an upgrade, re-check each patch against the release notes',
    (pkg) => {
      expect(installedVersion(pkg).startsWith(`${PATCHED_PRISMA_MINOR}.`)).toBe(true);
    },
  );

  it('the SQLite adapter still runs only the first statement of a script sent as executeRaw (when this fails, upstream fixed it: drop withScriptSupport)', async () => {
    const adapter = await new PrismaBetterSQLite3({ url: ':memory:' }).connect();
    await adapter.executeRaw(TWO_STATEMENTS).catch(() => 0);
    expect(await tableCount(adapter)).toBeLessThan(2);
    await adapter.dispose();
  });

  it('withScriptSupport runs every statement', async () => {
    const adapter = withScriptSupport(await new PrismaBetterSQLite3({ url: ':memory:' }).connect());
    await adapter.executeRaw(TWO_STATEMENTS);
    expect(await tableCount(adapter)).toBe(2);
    await adapter.dispose();
  });
});
