import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { databaseFileUrl } from './lib/server/database-url';

// Prisma 6.19 with the JS engine: the CLI drives migrations through the same
// better-sqlite3 adapter the app uses, so nothing is downloaded (ADR 001).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations'), seed: 'tsx --conditions=react-server prisma/seed.ts' },
  async adapter() {
    return new PrismaBetterSQLite3({ url: databaseFileUrl(process.env.DATABASE_URL) });
  },
});
