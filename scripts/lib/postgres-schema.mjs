// prisma/schema.prisma is the one source of truth for the data model. The PostgreSQL setup is
// derived from it mechanically (ADR 005): same models, enums and attributes; only the generator
// output and the datasource differ. Shared by scripts/sync-postgres-schema.mjs,
// scripts/new-migration.mjs and the unit test that fails when the derived file is stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

export const SQLITE_SCHEMA = path.join(root, 'prisma', 'schema.prisma');
export const POSTGRES_SCHEMA = path.join(root, 'prisma', 'postgres', 'schema.prisma');
export const SQLITE_MIGRATIONS = path.join(root, 'prisma', 'migrations');
export const POSTGRES_MIGRATIONS = path.join(root, 'prisma', 'postgres', 'migrations');

const HEADER = `// GENERATED from prisma/schema.prisma by \`node scripts/sync-postgres-schema.mjs\`: do not edit.
// Change prisma/schema.prisma and run \`npm run db:migration -- <name>\` (writes the SQLite and the
// PostgreSQL migration and this file). A unit test fails when this file is stale (ADR 005).

`;

/** Replaces exactly one match of `pattern` in `text`, or throws naming what was expected. */
function replaceOnce(text, pattern, replacement, what) {
  const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) {
    throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches.length}`);
  }
  return text.replace(pattern, replacement);
}

/** The PostgreSQL schema for the text of prisma/schema.prisma. */
export function derivePostgresSchema(sqliteSchema) {
  let text = sqliteSchema.replace(/\r\n/g, '\n');
  text = replaceOnce(
    text,
    /^(\s*output\s*=\s*)"\.\.\/lib\/generated\/prisma"/m,
    '$1"../../lib/generated/prisma-pg"',
    'generator output "../lib/generated/prisma"',
  );
  text = replaceOnce(
    text,
    /^datasource db \{[^}]*\}/m,
    [
      'datasource db {',
      '  provider = "postgresql"',
      '  // The real URL comes from DATABASE_URL through the pg adapter (lib/server/db.ts,',
      '  // prisma.config.ts). This line keeps the CLI from downloading a query engine.',
      '  url      = "postgresql://localhost:5432/delight"',
      '}',
    ].join('\n'),
    'datasource db { … } block',
  );
  return HEADER + text;
}

/** The derived schema for the current prisma/schema.prisma. */
export function currentPostgresSchema() {
  return derivePostgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8'));
}
