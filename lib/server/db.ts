import 'server-only';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PostgresPrismaClient } from '@/lib/generated/prisma-pg/client';
import { currentDatabaseProvider } from './current-database-provider';
import { databaseFileUrl } from './database-url';
import { postgresPool } from './postgres-pool';
import { env } from './env';
import { MendedPostgresAdapter, withImmediateTransactions } from '@/prisma/patches';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * WAL: readers never block the writer and a crash loses no committed transaction.
 * synchronous=NORMAL: durable under WAL except on power loss, and far cheaper per commit.
 * wal_autocheckpoint: SQLITE_WAL_AUTOCHECKPOINT, raised while the app server's checkpoint thread runs.
 * busy_timeout: another process (another worker, the seed, a CLI) waits for the write lock instead of failing.
 * Transactions begin IMMEDIATE (withImmediateTransactions), so several worker processes never fail a
 * read-then-write transaction (ADR 028).
 */
const pragmas = () =>
  'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; ' +
  `PRAGMA wal_autocheckpoint = ${env().SQLITE_WAL_AUTOCHECKPOINT};`;

/** The adapter, with the pragmas applied to its connection before Prisma sends anything. */
class TunedSQLiteAdapter extends PrismaBetterSQLite3 {
  override async connect() {
    const connection = withImmediateTransactions(await super.connect());
    await connection.executeScript(pragmas());
    return connection;
  }
}

/**
 * Both generated clients come from the same models (prisma/postgres/schema.prisma is derived from
 * prisma/schema.prisma and a unit test keeps it current, ADR 005), so the PostgreSQL client is used
 * through the SQLite client's type. (Their `$transaction` overloads differ only in the isolation
 * levels each database offers; the app passes none.) The model list must match, or this fails to
 * compile.
 */
type ModelNames<C> = keyof { [K in keyof C as K extends `$${string}` ? never : K]: true };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameModels: Same<ModelNames<PrismaClient>, ModelNames<PostgresPrismaClient>> = true;
void sameModels;

function createClient(): PrismaClient {
  const url = env().DATABASE_URL;
  if (currentDatabaseProvider() === 'postgresql') {
    // One pool per process, shared with the hot paths' prepared statements (postgres-pool.ts, ADR 029).
    const adapter = new MendedPostgresAdapter(postgresPool());
    // Under a burst, a transaction waits for a pooled connection (up to 10 s) rather than failing
    // after Prisma's default 2 s; SQLite has no pool to wait for.
    const client = new PostgresPrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 15_000 } });
    return client as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: new TunedSQLiteAdapter({ url: databaseFileUrl(url) }) });
}

/** The one Prisma client of this process (kept across hot reloads in dev). */
export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
