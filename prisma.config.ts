import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { databaseFileUrl, databaseProvider, postgresConnection, withDatabaseName } from './lib/server/database-url';

type SQLiteAdapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;

/**
 * Prisma applies each migration file to the shadow database as one executeRaw
 * call; better-sqlite3 runs only the first statement of a multi-statement
 * string that way. Send argument-less SQL to executeScript instead (ADR 001).
 */
function withScriptSupport(adapter: SQLiteAdapter): SQLiteAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

function sqliteAdapter(url: string | undefined) {
  const factory = new PrismaBetterSQLite3({ url: databaseFileUrl(url) });
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
 * The pg adapter; its shadow database (for `migrate diff --from-migrations`, `migrate dev`) is a
 * throwaway database on the same server, dropped afterwards. (The adapter's own
 * connectToShadowDb keeps the database named in a connection string, i.e. the real one.)
 */
function postgresAdapter(url: string) {
  readCatalogTypesAsText();
  letLongTimersNotHoldTheCli();
  const { connectionString, max } = postgresConnection(url);
  const factory = new PrismaPg({ connectionString, max, allowExitOnIdle: true });
  factory.connectToShadowDb = async () => {
    const admin = await new PrismaPg({ connectionString, max: 1, allowExitOnIdle: true }).connect();
    const name = `prisma_shadow_${randomUUID().replaceAll('-', '')}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const shadow = await new PrismaPg({ connectionString: withDatabaseName(connectionString, name), max: 1, allowExitOnIdle: true }).connect();
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

const seed = 'tsx --conditions=react-server prisma/seed.ts';

// Prisma 6.19 with the JS engine: the CLI drives migrations through the same driver adapter the
// app uses, so nothing is downloaded (ADR 001). DATABASE_URL picks the setup (ADR 005): `file:`
// → SQLite with prisma/schema.prisma and prisma/migrations; `postgres(ql)://` → PostgreSQL with
// the derived prisma/postgres/schema.prisma and prisma/postgres/migrations.
const url = process.env.DATABASE_URL;
export default databaseProvider(url) === 'postgresql'
  ? defineConfig({
      experimental: { adapter: true },
      engine: 'js',
      schema: path.join('prisma', 'postgres', 'schema.prisma'),
      migrations: { path: path.join('prisma', 'postgres', 'migrations'), seed },
      async adapter() {
        return postgresAdapter(url ?? '');
      },
    })
  : defineConfig({
      experimental: { adapter: true },
      engine: 'js',
      schema: path.join('prisma', 'schema.prisma'),
      migrations: { path: path.join('prisma', 'migrations'), seed },
      async adapter() {
        return sqliteAdapter(url);
      },
    });
