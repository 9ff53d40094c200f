// `npm run db:migration -- <name>` (node scripts/new-migration.mjs <name>): after a change to
// prisma/schema.prisma, writes the migration for both databases under the same folder name:
//   prisma/migrations/<timestamp>_<name>/migration.sql            SQLite: the committed migrations → schema.prisma
//   prisma/postgres/migrations/<timestamp>_<name>/migration.sql   PostgreSQL: the committed derived schema → the new one
// and regenerates prisma/postgres/schema.prisma (ADR 001: offline Prisma 6.19; ADR 005: two databases).
// Both diffs run offline. Review the SQL (renames come out as drop + add), then `npm run db:check`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA, SQLITE_MIGRATIONS, currentPostgresSchema } from './lib/postgres-schema.mjs';

let name;
try {
  [name] = parseArgs({ allowPositionals: true, strict: true }).positionals;
} catch {
  // An unknown flag: fall through to the usage line.
}
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <snake_case_name>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const isEmpty = (sql) => !sql.trim() || sql.includes('This is an empty migration');
function diff(args) {
  const r = spawnSync(path.join(root, 'node_modules', '.bin', 'prisma'), ['migrate', 'diff', ...args, '--script'], {
    cwd: root,
    encoding: 'utf8',
    // The SQLite config (and its in-memory shadow database) serves both diffs: neither needs a server.
    env: { ...process.env, DATABASE_URL: 'file:./var/migration-shadow.db' },
  });
  if (r.status !== 0) {
    console.error(`prisma migrate diff ${args.join(' ')} failed (exit ${r.status ?? r.signal}):\n${r.stdout}${r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
}

const sqliteSql = diff(['--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma']);

// The committed derived schema is what the PostgreSQL migrations build (`npm run db:check` on
// PostgreSQL verifies it); the new one is derived from the edited schema.prisma.
const nextPostgresSchema = currentPostgresSchema();
const tmp = mkdtempSync(path.join(os.tmpdir(), 'delight-migration-'));
let postgresSql;
try {
  const next = path.join(tmp, 'schema.prisma');
  writeFileSync(next, nextPostgresSchema);
  postgresSql = diff(['--from-schema-datamodel', path.relative(root, POSTGRES_SCHEMA), '--to-schema-datamodel', next]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const schemaChanged = readFileSync(POSTGRES_SCHEMA, 'utf8') !== nextPostgresSchema;
if (isEmpty(sqliteSql) && isEmpty(postgresSql)) {
  if (schemaChanged) writeFileSync(POSTGRES_SCHEMA, nextPostgresSchema);
  console.log(`schema.prisma matches the migrations: nothing to write${schemaChanged ? ' (prisma/postgres/schema.prisma refreshed)' : ''}.`);
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = `${stamp}_${name}`;
for (const [dir, sql, label] of [
  [SQLITE_MIGRATIONS, sqliteSql, 'SQLite'],
  [POSTGRES_MIGRATIONS, postgresSql, 'PostgreSQL'],
]) {
  mkdirSync(path.join(dir, folder), { recursive: true });
  // Both folders exist even when one database needs nothing, so the two histories stay mirrored.
  writeFileSync(path.join(dir, folder, 'migration.sql'), isEmpty(sql) ? `-- Nothing to change on ${label}.\n` : sql);
  console.log(`wrote ${path.relative(root, path.join(dir, folder))}/migration.sql`);
}
writeFileSync(POSTGRES_SCHEMA, nextPostgresSchema);
console.log(`wrote ${path.relative(root, POSTGRES_SCHEMA)}\nNext: npm run db:generate (both Prisma clients), then npm run db:check.`);
