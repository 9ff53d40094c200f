import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  POSTGRES_MIGRATIONS,
  POSTGRES_SCHEMA,
  SQLITE_MIGRATIONS,
  SQLITE_SCHEMA,
  currentPostgresSchema,
  derivePostgresSchema,
} from '../../../scripts/lib/postgres-schema.mjs';

// prisma/schema.prisma is the source of truth; the PostgreSQL setup is derived from it (ADR 005).
const migrationNames = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
const modelBlocks = (schema: string) => schema.match(/^(model|enum) \w+ \{[^}]*\}/gm) ?? [];

describe('the PostgreSQL schema and migrations', () => {
  it('prisma/postgres/schema.prisma is current (else run `node scripts/sync-postgres-schema.mjs`)', () => {
    expect(readFileSync(POSTGRES_SCHEMA, 'utf8')).toBe(currentPostgresSchema());
  });

  it('has exactly the same models and enums; only the provider and the client output differ', () => {
    const sqlite = readFileSync(SQLITE_SCHEMA, 'utf8');
    const postgres = derivePostgresSchema(sqlite);
    expect(modelBlocks(postgres)).toEqual(modelBlocks(sqlite));
    expect(modelBlocks(postgres).length).toBeGreaterThan(10);
    expect(postgres).toMatch(/provider = "postgresql"/);
    expect(postgres).toMatch(/output\s+= "\.\.\/\.\.\/lib\/generated\/prisma-pg"/);
    expect(postgres).not.toMatch(/"sqlite"|file:/);
  });

  it('refuses a schema it does not know how to derive, naming what it expected', () => {
    expect(() => derivePostgresSchema('model A {\n  id Int @id\n}\n')).toThrow(/expected exactly one generator output/);
  });

  it('mirrors every SQLite migration with a PostgreSQL migration of the same name (`npm run db:migration` writes both)', () => {
    const sqlite = migrationNames(SQLITE_MIGRATIONS);
    expect(sqlite.length).toBeGreaterThan(0);
    expect(migrationNames(POSTGRES_MIGRATIONS)).toEqual(sqlite);
    for (const name of sqlite) expect(existsSync(path.join(POSTGRES_MIGRATIONS, name, 'migration.sql')), name).toBe(true);
    expect(readFileSync(path.join(POSTGRES_MIGRATIONS, 'migration_lock.toml'), 'utf8')).toMatch(/provider = "postgresql"/);
    expect(readFileSync(path.join(SQLITE_MIGRATIONS, 'migration_lock.toml'), 'utf8')).toMatch(/provider = "sqlite"/);
  });
});
