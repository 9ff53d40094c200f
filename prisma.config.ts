import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { databaseFileUrl } from './lib/server/database-url';

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;

/**
 * Prisma applies each migration file to the shadow database as one executeRaw
 * call; better-sqlite3 runs only the first statement of a multi-statement
 * string that way. Send argument-less SQL to executeScript instead (ADR 001).
 */
function withScriptSupport(adapter: Adapter): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query);
    await adapter.executeScript(query.sql);
    return 0;
  };
  return adapter;
}

// Prisma 6.19 with the JS engine: the CLI drives migrations through the same
// better-sqlite3 adapter the app uses, so nothing is downloaded (ADR 001).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations'), seed: 'tsx --conditions=react-server prisma/seed.ts' },
  async adapter() {
    const factory = new PrismaBetterSQLite3({ url: databaseFileUrl(process.env.DATABASE_URL) });
    const connectToShadowDb = factory.connectToShadowDb.bind(factory);
    factory.connectToShadowDb = async () => withScriptSupport(await connectToShadowDb());
    return factory;
  },
});
