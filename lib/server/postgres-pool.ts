import 'server-only';
import pg from 'pg';
import { postgresConnection } from './database-url';
import { env } from './env';

/**
 * Connections per app server when the URL says nothing (`?connection_limit=N` overrides): pg's and
 * Prisma's own default, kept. PostgreSQL does its best work with a few busy connections per core, and an
 * answer holds a connection for two short statements only (ADR 029); `servers × 10` stays the rule
 * for `max_connections`.
 */
export const DEFAULT_POOL_SIZE = 10;

const globalForPool = globalThis as unknown as { delightPostgresPool?: pg.Pool };

/**
 * The one pool of PostgreSQL connections of this process: Prisma's adapter runs on it, and so do the
 * hot paths' named prepared statements (recording an answer, the review queue, the session check; ADR 029).
 */
export function postgresPool(): pg.Pool {
  if (globalForPool.delightPostgresPool) return globalForPool.delightPostgresPool;
  const { connectionString, max } = postgresConnection(env().DATABASE_URL);
  const pool = new pg.Pool({ connectionString, max: max ?? DEFAULT_POOL_SIZE });
  // An idle connection that dies (server restart) is dropped from the pool, not thrown at the process.
  pool.on('error', () => {});
  globalForPool.delightPostgresPool = pool;
  return pool;
}

/** One named (prepared once per connection) statement on the pool: parse and plan once, then bind and run. */
export async function preparedQuery<R extends pg.QueryResultRow>(
  name: string,
  text: string,
  values: unknown[],
): Promise<pg.QueryResult<R>> {
  return postgresPool().query<R>({ name, text, values });
}

/** A UTC timestamp(3) column read as a timestamptz, so pg returns the right Date whatever the process's time zone. */
export const utcColumn = (column: string, as: string) => `(${column} AT TIME ZONE 'UTC') AS "${as}"`;
