import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { PATCHED_PRISMA_MINOR, withImmediateTransactions, withScriptSupport } from '@/prisma/patches';

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

  describe('transactions with another process on the same file (WEB_CONCURRENCY workers, ADR 028)', () => {
    const sql = (text: string) => ({ sql: text, args: [], argTypes: [] });
    /** A WAL database with one counter row, and a second connection standing for another worker. */
    function twoConnections() {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'delight-tx-')), 'db.sqlite');
      const other = new Database(file);
      other.pragma('journal_mode = WAL');
      other.exec('CREATE TABLE counter (n INTEGER); INSERT INTO counter VALUES (0);');
      return { url: `file:${file}`, other };
    }
    /** A read-then-write transaction, with the other worker writing between the read and the write. */
    async function readThenWrite(adapter: Awaited<ReturnType<PrismaBetterSQLite3['connect']>>, other: Database.Database) {
      const tx = await adapter.startTransaction();
      try {
        await tx.queryRaw(sql('SELECT n FROM counter'));
        let otherWrote = true;
        try {
          other.exec('UPDATE counter SET n = n + 100');
        } catch {
          otherWrote = false; // locked out: this transaction holds the write lock
        }
        await tx.executeRaw(sql('UPDATE counter SET n = n + 1'));
        await tx.executeRaw(sql('COMMIT'));
        return { otherWrote };
      } catch (error) {
        await tx.executeRaw(sql('ROLLBACK')).catch(() => 0);
        throw error;
      } finally {
        await tx.commit();
      }
    }

    it('the unpatched adapter fails a read-then-write transaction when another process wrote meanwhile (when this fails, upstream fixed it: drop withImmediateTransactions)', async () => {
      const { url, other } = twoConnections();
      const adapter = await new PrismaBetterSQLite3({ url }).connect();
      await expect(readThenWrite(adapter, other)).rejects.toThrow();
      await adapter.dispose();
      other.close();
    });

    it('withImmediateTransactions takes the write lock at BEGIN: the transaction commits, and the other process waits its turn', async () => {
      const { url, other } = twoConnections();
      const adapter = withImmediateTransactions(await new PrismaBetterSQLite3({ url }).connect());
      other.pragma('busy_timeout = 0');
      await expect(readThenWrite(adapter, other)).resolves.toEqual({ otherWrote: false });
      other.exec('UPDATE counter SET n = n + 100');
      expect(other.prepare('SELECT n FROM counter').get()).toEqual({ n: 101 });
      await adapter.dispose();
      other.close();
    });
  });
});
