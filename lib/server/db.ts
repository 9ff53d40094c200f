import 'server-only';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { databaseFileUrl } from './database-url';
import { env } from './env';

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/**
 * WAL: readers never block the writer and a crash loses no committed transaction.
 * synchronous=NORMAL: durable under WAL except on power loss, and far cheaper per commit.
 * busy_timeout: another process (seed, CLI) waits for the write lock instead of failing.
 */
const PRAGMAS = 'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;';

/** The adapter, with the pragmas applied to its connection before Prisma sends anything. */
class TunedSQLiteAdapter extends PrismaBetterSQLite3 {
  override async connect() {
    const connection = await super.connect();
    await connection.executeScript(PRAGMAS);
    return connection;
  }
}

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new TunedSQLiteAdapter({ url: databaseFileUrl(env().DATABASE_URL) }) });
}

/** The one Prisma client of this process (kept across hot reloads in dev). */
export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== 'production') globalForPrisma.prisma = db;
