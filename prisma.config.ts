import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { databaseFileUrl, databaseProvider } from './lib/server/database-url';
import { postgresCliAdapter, sqliteCliAdapter } from './prisma/patches';

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
        return postgresCliAdapter(url ?? '');
      },
    })
  : defineConfig({
      experimental: { adapter: true },
      engine: 'js',
      schema: path.join('prisma', 'schema.prisma'),
      migrations: { path: path.join('prisma', 'migrations'), seed },
      async adapter() {
        return sqliteCliAdapter(databaseFileUrl(url));
      },
    });
