// `node scripts/sync-postgres-schema.mjs [--check]`: writes prisma/postgres/schema.prisma from
// prisma/schema.prisma (ADR 005). `--check` writes nothing and exits 1 when the file is stale.
// New migrations: `npm run db:migration -- <name>` runs this and writes both migrations.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { POSTGRES_SCHEMA, currentPostgresSchema } from './lib/postgres-schema.mjs';

const { check } = parseArgs({ options: { check: { type: 'boolean', default: false } }, strict: true }).values;
const expected = currentPostgresSchema();
const actual = existsSync(POSTGRES_SCHEMA) ? readFileSync(POSTGRES_SCHEMA, 'utf8') : null;
const name = path.relative(process.cwd(), POSTGRES_SCHEMA);
if (actual === expected) {
  console.log(`${name} is up to date.`);
} else if (check) {
  console.error(`${name} is stale: run \`node scripts/sync-postgres-schema.mjs\` (and add a PostgreSQL migration).`);
  process.exit(1);
} else {
  writeFileSync(POSTGRES_SCHEMA, expected);
  console.log(`wrote ${name}`);
}
