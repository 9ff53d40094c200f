/**
 * `npm run restore -- FILE`: puts a backup made by `npm run backup` in place of the SQLite database
 * named by DATABASE_URL (ADR 029). Refuses while the app has the database open; keeps the current
 * file as `<db>.before-restore-<time>`. Start the app afterwards (`npm start` applies newer
 * migrations). On PostgreSQL it prints the pg_restore command instead (exit 2).
 */
import path from 'node:path';
import { databaseProviderOf, DEFAULT_DATABASE_URL } from '../lib/server/database-provider.mjs';
import { parseRestoreArgs, RESTORE_USAGE } from './lib/backup-args';
import { restoreSqlite } from './lib/sqlite-backup';

const parsed = parseRestoreArgs(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`restore: ${parsed.message} (${RESTORE_USAGE})\n`);
  process.exit(2);
}
const url = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
if (databaseProviderOf(url) !== 'sqlite') {
  process.stderr.write(
    'restore: DATABASE_URL is PostgreSQL: restore a pg_dump archive with its own tools, e.g. (app servers stopped)\n' +
      '  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" delight-….dump\n' +
      '(see the README, "Backups")\n',
  );
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '..');
try {
  const result = restoreSqlite(path.resolve(parsed.args.file), path.resolve(root, url.slice('file:'.length)));
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.stderr.write('restore: done. Start the app (npm start); it applies any newer migrations.\n');
} catch (error) {
  process.stderr.write(`restore: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
