import path from 'node:path';
import { mkdirSync } from 'node:fs';

export const DEFAULT_DATABASE_URL = 'file:./var/delight.db';

/**
 * Resolves a `file:` SQLite URL to an absolute file URL (relative paths are
 * taken from the working directory, i.e. the repo root) and makes sure its
 * folder exists. Shared by the app, the Prisma CLI config and the tests.
 */
export function databaseFileUrl(url: string | undefined = DEFAULT_DATABASE_URL): string {
  const raw = url.trim() === '' ? DEFAULT_DATABASE_URL : url;
  if (!raw.startsWith('file:')) {
    throw new Error(`DATABASE_URL must be a file: URL for SQLite (got "${raw.split(':')[0]}:…")`);
  }
  const filePath = path.resolve(raw.slice('file:'.length));
  mkdirSync(path.dirname(filePath), { recursive: true });
  return `file:${filePath}`;
}
