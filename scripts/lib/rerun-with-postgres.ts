/**
 * `--postgres` for the measuring scripts (bench, load test; ADR 029): unless DATABASE_URL already
 * names a PostgreSQL server, run this same script again under scripts/with-postgres.mjs (a throwaway
 * server in a temp folder, deleted afterwards) and exit with its status.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isPostgresUrl } from '../../lib/server/database-provider.mjs';

/** Returns only when DATABASE_URL is already PostgreSQL; otherwise reruns and exits. */
export function ensurePostgres(script: string, argv: readonly string[]): void {
  if (isPostgresUrl(process.env.DATABASE_URL)) return;
  const root = path.resolve(import.meta.dirname, '..', '..');
  const result = spawnSync(
    process.execPath,
    [
      path.join(root, 'scripts/with-postgres.mjs'),
      path.join(root, 'node_modules/.bin/tsx'),
      '--conditions=react-server',
      script,
      ...argv,
    ],
    { cwd: root, stdio: 'inherit' },
  );
  process.exit(result.status ?? 1);
}
