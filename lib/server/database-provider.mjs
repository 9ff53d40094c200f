// The one rule for which database a DATABASE_URL names (ADR 005, 012). Plain JavaScript so the
// app (through database-url.ts) and the Node scripts (scripts/lib/prepare.mjs, scripts/serve.mjs) share it.
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./var/delight.db';

/** @param {string | undefined} url */
const orDefault = (url) => (url === undefined || url.trim() === '' ? DEFAULT_DATABASE_URL : url.trim());

/** @param {string | undefined} url */
export const isPostgresUrl = (url) => /^postgres(ql)?:\/\//i.test(orDefault(url));

/**
 * The provider for a DATABASE_URL (`file:` → SQLite, `postgres://`/`postgresql://` → PostgreSQL),
 * or undefined when it is neither kind (or unparsable). Unset or blank means the default SQLite file.
 * @param {string | undefined} url
 * @returns {'sqlite' | 'postgresql' | undefined}
 */
export function databaseProviderOf(url) {
  const raw = orDefault(url);
  if (raw.startsWith('file:')) return 'sqlite';
  if (!isPostgresUrl(raw)) return undefined;
  try {
    new URL(raw);
    return 'postgresql';
  } catch {
    return undefined;
  }
}

/**
 * The absolute path of a SQLite DATABASE_URL's file; a relative path is taken from `base` (the
 * working directory, which is the repo root for the app and its scripts).
 * @param {string | undefined} url
 * @param {string} [base]
 */
export function sqliteFilePath(url, base = process.cwd()) {
  const raw = orDefault(url);
  if (!raw.startsWith('file:')) throw new Error(`not a SQLite file URL: "${raw.split(':')[0]}:…"`);
  return path.resolve(base, raw.slice('file:'.length));
}
