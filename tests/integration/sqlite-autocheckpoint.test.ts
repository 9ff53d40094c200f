import { describe, expect, it } from 'vitest';
import { databaseProvider } from '@/lib/server/database-url';

// Both of the app's SQLite connections take SQLITE_WAL_AUTOCHECKPOINT, which the app server raises
// while its checkpoint thread runs (ADR 028): a connection left at SQLite's default would go on
// checkpointing inside its commits, on the event loop.
process.env.SQLITE_WAL_AUTOCHECKPOINT = '7777';

describe.runIf(databaseProvider(process.env.DATABASE_URL) === 'sqlite')(
  'wal_autocheckpoint from the environment',
  () => {
    it("is set on Prisma's connection and on the dedicated hot-path connection", async () => {
      const { db } = await import('@/lib/server/db');
      const { sqliteConnection } = await import('@/lib/server/sqlite-connection');
      const [prisma] = await db.$queryRawUnsafe<{ wal_autocheckpoint: bigint | number }[]>('PRAGMA wal_autocheckpoint');
      expect(Number(prisma?.wal_autocheckpoint)).toBe(7777);
      expect(sqliteConnection().pragma('wal_autocheckpoint', { simple: true })).toBe(7777);
    });
  },
);
