// `node scripts/new-migration.mjs <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with
// the SQL that brings the committed migrations up to prisma/schema.prisma (ADR 001: offline Prisma 6.19).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: node scripts/new-migration.mjs <snake_case_name>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const sql = execFileSync(
  path.join(root, 'node_modules', '.bin', 'prisma'),
  ['migrate', 'diff', '--from-migrations', 'prisma/migrations', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
  { cwd: root, encoding: 'utf8', env: { ...process.env, DATABASE_URL: 'file:./var/migration-shadow.db' } },
);
if (!sql.trim() || sql.includes('This is an empty migration')) {
  console.log('schema.prisma matches the migrations: nothing to write.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(root, 'prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
