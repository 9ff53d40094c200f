import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { DEFAULT_DATABASE_URL, databaseProviderOf, sqliteFilePath, type DatabaseProvider } from './database-provider.mjs';

export { DEFAULT_DATABASE_URL, databaseProviderOf, isPostgresUrl, type DatabaseProvider } from './database-provider.mjs';

export const DATABASE_URL_HINT =
  'must be a SQLite file URL (file:./var/delight.db) or a PostgreSQL URL (postgresql://user:password@host:5432/delight)';

const orDefault = (url: string | undefined) => (url === undefined || url.trim() === '' ? DEFAULT_DATABASE_URL : url.trim());

/** The provider for a DATABASE_URL (`file:` → SQLite, `postgres://`/`postgresql://` → PostgreSQL). */
export function databaseProvider(url: string | undefined): DatabaseProvider {
  const provider = databaseProviderOf(url);
  if (!provider) throw new Error(`DATABASE_URL ${DATABASE_URL_HINT} (got "${orDefault(url).split(':')[0]}:…")`);
  return provider;
}

/**
 * Resolves a `file:` SQLite URL to an absolute file URL (relative paths are
 * taken from the working directory, i.e. the repo root) and makes sure its
 * folder exists. Shared by the app, the Prisma CLI config and the tests.
 */
export function databaseFileUrl(url: string | undefined = DEFAULT_DATABASE_URL): string {
  const raw = orDefault(url);
  if (!raw.startsWith('file:')) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite (got "${raw.split(':')[0]}:…")`);
  }
  const filePath = sqliteFilePath(raw);
  mkdirSync(path.dirname(filePath), { recursive: true });
  return `file:${filePath}`;
}

/** What the pg driver adapter needs from a PostgreSQL DATABASE_URL. */
export type PostgresConnection = {
  /** The URL for the pg driver, without the Prisma-only parameter below. */
  connectionString: string;
  /** `?connection_limit=N`: the most connections this process opens (pg's pool size; default 10). */
  max: number | undefined;
};

/**
 * Splits a PostgreSQL DATABASE_URL into the pg driver's connection string and the pool size
 * (Prisma's `connection_limit` URL parameter, which pg ignores). Prisma's `schema` parameter is
 * refused: Prisma 6.19's migration engine ignores it with driver adapters (tables would land in
 * `public` while the app looks elsewhere) — give Delight a database of its own instead.
 */
export function postgresConnection(url: string): PostgresConnection {
  if (databaseProviderOf(url) !== 'postgresql') throw new Error(`DATABASE_URL ${DATABASE_URL_HINT}`);
  const parsed = new URL(url.trim());
  if (parsed.searchParams.has('schema')) {
    throw new Error('DATABASE_URL: the schema parameter is not supported; give Delight a database of its own (tables go in its public schema)');
  }
  const limit = parsed.searchParams.get('connection_limit');
  const max = limit === null ? undefined : Number(limit);
  if (max !== undefined && !(Number.isInteger(max) && max > 0)) throw new Error('DATABASE_URL: connection_limit must be a positive integer');
  parsed.searchParams.delete('connection_limit');
  return { connectionString: parsed.toString(), max };
}

/** The same PostgreSQL URL with another database name (for throwaway test and shadow databases). */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url.trim());
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
