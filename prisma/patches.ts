/**
 * Every workaround for a bug in Prisma 6.19 or its adapters, in one place (ADR 001, ADR 005).
 * Each names the bug; tests/unit/server/prisma-patches.test.ts fails when the installed Prisma
 * leaves 6.19 (Prisma 7 fixes the leak; re-check each patch then) and reproduces the SQLite bug
 * against the unpatched adapter, so a fix upstream shows up as a failing test.
 * Imported by prisma.config.ts (the CLI) and lib/server/db.ts (the app), so not server-only.
 */
import { randomUUID } from 'node:crypto';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { postgresConnection, withDatabaseName } from '../lib/server/database-url';

/** The Prisma release these patches were written for. */
export const PATCHED_PRISMA_MINOR = '6.19';

type SQLiteAdapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;

/**
 * Prisma applies each migration file to the shadow database as one executeRaw
 * call; better-sqlite3 runs only the first statement of a multi-statement
 * string that way. Send argument-less SQL to executeScript instead (ADR 001).
 */
export function withScriptSupport(adapter: SQLiteAdapter): SQLiteAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

/**
 * The SQLite adapter opens every transaction with a plain (deferred) `BEGIN`: it holds no lock until
 * its first write. With one process that was harmless, but with several (WEB_CONCURRENCY workers,
 * ADR 028) a transaction that reads and then writes fails at once with SQLITE_BUSY (another process
 * holds the write lock: busy_timeout is not consulted for a read-to-write upgrade) or
 * SQLITE_BUSY_SNAPSHOT (another process wrote since this one read), and Prisma answers an error.
 * `BEGIN IMMEDIATE` takes the write lock first, waiting under busy_timeout like any write. A
 * read-only transaction then waits for the lock too: the price of never failing a writer.
 */
export function withImmediateTransactions(adapter: SQLiteAdapter): SQLiteAdapter {
  const client = (adapter as unknown as { client: { prepare(sql: string): unknown } }).client;
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => prepare(sql === 'BEGIN' ? 'BEGIN IMMEDIATE' : sql);
  return adapter;
}

/** The SQLite adapter for the CLI, whose shadow database (migration replay) runs whole scripts. */
export function sqliteCliAdapter(url: string) {
  const factory = new PrismaBetterSQLite3({ url });
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => withScriptSupport(await connectToShadowDb());
  return factory;
}

/**
 * Prisma 6.19's schema engine reads PostgreSQL's catalogs through the pg adapter, which has no
 * column type for `name` and `"char"` (catalog-only types) and fails with "Column type 'name'
 * could not be deserialized" (prisma/orm#27403). Both are text: report them as text before pg
 * picks its row parsers. Patched here, in the CLI process only; the app never reads catalogs.
 */
function readCatalogTypesAsText() {
  const TEXT = 25;
  const TEXT_ARRAY = 1009;
  const asText: Record<number, number> = { 18: TEXT, 19: TEXT, 1002: TEXT_ARRAY, 1003: TEXT_ARRAY };
  type Field = { dataTypeID: number };
  const proto = pg.Result.prototype as unknown as { addFields(fields: Field[]): void; catalogTypesAsText?: true };
  if (proto.catalogTypesAsText) return;
  const addFields = proto.addFields;
  proto.addFields = function (this: unknown, fields: Field[]) {
    for (const field of fields) field.dataTypeID = asText[field.dataTypeID] ?? field.dataTypeID;
    addFields.call(this, fields);
  };
  proto.catalogTypesAsText = true;
}

/**
 * On PostgreSQL, Prisma 6.19's WASM schema engine arms a 10 s timer (its advisory-lock timeout)
 * and never clears it, so every CLI command lingers 10 s after finishing. Long timers in the CLI
 * process are unref'd: they still fire while the command runs, but no longer keep it alive.
 */
function letLongTimersNotHoldTheCli() {
  const original = globalThis.setTimeout;
  if ((original as { unrefsLongTimers?: true }).unrefsLongTimers) return;
  const patched = ((callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = original(callback, ms, ...args);
    if ((ms ?? 0) >= 5_000) timer.unref();
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original, { unrefsLongTimers: true as const });
}

/**
 * The pg adapter for the CLI, with the two patches above; its shadow database (for `migrate diff --from-migrations`, `migrate dev`) is a
 * throwaway database on the same server, dropped afterwards. (The adapter's own
 * connectToShadowDb keeps the database named in a connection string, i.e. the real one.)
 */
export function postgresCliAdapter(url: string) {
  readCatalogTypesAsText();
  letLongTimersNotHoldTheCli();
  const { connectionString, max } = postgresConnection(url);
  const factory = new PrismaPg({ connectionString, max, allowExitOnIdle: true });
  factory.connectToShadowDb = async () => {
    const admin = await new PrismaPg({ connectionString, max: 1, allowExitOnIdle: true }).connect();
    const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({
      connectionString: withDatabaseName(connectionString, name),
      max: 1,
      allowExitOnIdle: true,
    }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}

type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

/**
 * The pg adapter, mended for a Prisma 6.19 bug: when COMMIT itself fails (a serialization failure
 * found at commit, a deferred constraint, a dropped connection), Prisma's transaction manager
 * throws without releasing the pooled connection. Each such failure leaks one connection until the
 * pool is empty and every later transaction waits forever (reproduced with concurrent SERIALIZABLE
 * answers). Here a failed COMMIT or ROLLBACK hands the connection back (PostgreSQL has ended the
 * transaction either way), and a second release is ignored. (Prisma 7 releases it itself.)
 */
export class MendedPostgresAdapter extends PrismaPg {
  override async connect(): Promise<PgAdapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...args) => {
      const tx = await startTransaction(...args);
      let released = false;
      const release = (original: () => Promise<void>) => async () => {
        if (released) return;
        released = true;
        await original();
      };
      const rollback = release(tx.rollback.bind(tx));
      tx.commit = release(tx.commit.bind(tx));
      tx.rollback = rollback;
      const executeRaw = tx.executeRaw.bind(tx);
      tx.executeRaw = async (query) => {
        try {
          return await executeRaw(query);
        } catch (error) {
          if (query.sql === 'COMMIT' || query.sql === 'ROLLBACK') await rollback();
          throw error;
        }
      };
      return tx;
    };
    return adapter;
  }
}
