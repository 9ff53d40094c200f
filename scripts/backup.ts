/**
 * `npm run backup -- [--out FILE]`: a consistent copy of the live SQLite database, taken while the
 * app runs (ADR 029). Prints one JSON line: {"file","bytes","ms","reviewLogs"}. On PostgreSQL it
 * prints the pg_dump command instead (exit 2): PostgreSQL's own tools do this job.
 */
import path from 'node:path';
import { databaseProviderOf, DEFAULT_DATABASE_URL } from '../lib/server/database-provider.mjs';
import { BACKUP_USAGE, parseBackupArgs } from './lib/backup-args';
import { backupSqlite } from './lib/sqlite-backup';

const parsed = parseBackupArgs(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`backup: ${parsed.message} (${BACKUP_USAGE})\n`);
  process.exit(2);
}
const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
if (databaseProviderOf(url) !== 'sqlite') {
  process.stderr.write(
    'backup: DATABASE_URL is PostgreSQL: back it up with its own tools, e.g.\n' +
      '  pg_dump --format=custom --file=delight-$(date -u +%Y%m%dT%H%M%SZ).dump "$DATABASE_URL"\n' +
      '(see the README, "Backups")\n',
  );
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
const source = path.resolve(root, url.slice('file:'.length));
const out = path.resolve(
  parsed.args.out ?? path.join(root, 'var', 'backups', `delight-${new Date().toISOString().replace(/[:.]/g, '-')}.db`),
);
try {
  process.stdout.write(`${JSON.stringify(backupSqlite(source, out))}\n`);
} catch (error) {
  process.stderr.write(`backup: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
