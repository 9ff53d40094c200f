/** The arguments of `npm run backup -- [--out FILE]` and `npm run restore -- FILE [--yes]` (ADR 029). */
import { z } from 'zod';
import { parseCli, type CliResult } from './parse-cli';

export const BACKUP_USAGE = 'usage: backup [--out FILE]  (default var/backups/delight-<time>.db)';
export const RESTORE_USAGE = 'usage: restore FILE  (a file made by npm run backup; the app must be stopped)';

const fileName = (what: string) =>
  z.string().trim().min(1, `${what} needs a file name`).max(4096, `${what}: file name too long`);

const BackupArgsSchema = z.object({
  out: fileName('--out').optional(),
  positionals: z.array(z.string()).max(0, BACKUP_USAGE),
});
export type BackupArgs = z.infer<typeof BackupArgsSchema>;

const RestoreArgsSchema = z.object({
  positionals: z.array(fileName('restore')).length(1, RESTORE_USAGE),
});
export type RestoreArgs = { file: string };

export function parseBackupArgs(argv: readonly string[]): CliResult<BackupArgs> {
  return parseCli(
    argv.filter((a) => a !== '--'),
    { out: { type: 'string' } },
    BackupArgsSchema,
    { allowPositionals: true },
  );
}

export function parseRestoreArgs(argv: readonly string[]): CliResult<RestoreArgs> {
  const parsed = parseCli(
    argv.filter((a) => a !== '--'),
    {},
    RestoreArgsSchema,
    { allowPositionals: true },
  );
  return parsed.ok ? { ok: true, args: { file: parsed.args.positionals[0]! } } : parsed;
}
