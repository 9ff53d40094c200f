// `npm run db:check`: the two databases' setups agree with prisma/schema.prisma (ADR 005).
// 1. prisma/postgres/schema.prisma is current (derived from prisma/schema.prisma);
// 2. both migration folders hold the same migration names;
// 3. replaying prisma/migrations builds exactly prisma/schema.prisma (offline, in-memory SQLite);
// 4. when DATABASE_URL is a PostgreSQL URL: replaying prisma/postgres/migrations on a throwaway
//    database of that server builds exactly prisma/postgres/schema.prisma (the role needs CREATEDB).
// CI runs it on both (`node scripts/with-postgres.mjs npm run db:check` for the second).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SQLITE_MIGRATIONS, currentPostgresSchema } from './lib/postgres-schema.mjs';
import { databaseProvider, root } from './lib/prepare.mjs';

let failed = false;
const fail = (message) => {
  console.error(`✖ ${message}`);
  failed = true;
};
const ok = (message) => console.log(`✓ ${message}`);

if (existsSync(POSTGRES_SCHEMA) && readFileSync(POSTGRES_SCHEMA, 'utf8') === currentPostgresSchema()) {
  ok('prisma/postgres/schema.prisma is derived from prisma/schema.prisma');
} else {
  fail('prisma/postgres/schema.prisma is stale: run `node scripts/sync-postgres-schema.mjs` (and `npm run db:migration -- <name>` for the change)');
}

const names = (dir) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : []);
const sqliteNames = names(SQLITE_MIGRATIONS);
const postgresNames = names(POSTGRES_MIGRATIONS);
const onlySqlite = sqliteNames.filter((n) => !postgresNames.includes(n));
const onlyPostgres = postgresNames.filter((n) => !sqliteNames.includes(n));
if (onlySqlite.length === 0 && onlyPostgres.length === 0) ok(`${sqliteNames.length} migrations, mirrored on both databases`);
for (const n of onlySqlite) fail(`prisma/migrations/${n} has no PostgreSQL twin in prisma/postgres/migrations (write migrations with npm run db:migration)`);
for (const n of onlyPostgres) fail(`prisma/postgres/migrations/${n} has no SQLite twin in prisma/migrations`);

/** `prisma migrate diff --exit-code`: 0 no difference, 2 a difference, else an error. */
function replays(label, migrations, schema, databaseUrl) {
  const r = spawnSync(
    path.join(root, 'node_modules', '.bin', 'prisma'),
    ['migrate', 'diff', '--from-migrations', path.relative(root, migrations), '--to-schema-datamodel', schema, '--exit-code'],
    { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl } },
  );
  if (r.status === 0) ok(`${label}: replaying the migrations builds exactly ${schema}`);
  else if (r.status === 2) fail(`${label}: the migrations do not build ${schema}; what is missing:\n${r.stdout}`);
  else fail(`${label}: prisma migrate diff failed (exit ${r.status}):\n${r.stdout}${r.stderr}`);
}

replays('SQLite', SQLITE_MIGRATIONS, 'prisma/schema.prisma', 'file:./var/migration-shadow.db');
if (databaseProvider(process.env.DATABASE_URL) === 'postgresql') {
  replays('PostgreSQL', POSTGRES_MIGRATIONS, 'prisma/postgres/schema.prisma', process.env.DATABASE_URL);
} else {
  console.log('- PostgreSQL: replay skipped (set DATABASE_URL to a PostgreSQL server, or: node scripts/with-postgres.mjs npm run db:check)');
}
process.exit(failed ? 1 : 0);
