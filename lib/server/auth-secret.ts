import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Returns the secret kept in `<dir>/auth-secret`, creating it on first use.
 * `wx` makes creation atomic, so concurrent processes agree on one secret.
 */
export function readOrCreateAuthSecret(dir: string): string {
  const file = path.resolve(dir, 'auth-secret');
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return readFileSync(file, 'utf8').trim();
}
