/**
 * The arguments of `npm run loadtest`: `[--learners N] [--seconds N] [--ramp] [--signed-in] [--port N]`; for every
 * core and overload (ADR 028) `[--workers N] [--compare-workers 1,2] [--overload F [--capacity N]]`; for
 * PostgreSQL (ADR 029) `[--postgres] [--servers 1|2]`; to see where a server's time goes, `[--cpu-prof DIR]`.
 */
import { z } from 'zod';
import { parseCli, type CliResult } from './parse-cli';

const count = (flag: string) =>
  z.coerce
    .number({ error: `${flag} takes a whole number` })
    .int(`${flag} takes a whole number`)
    .positive(`${flag} must be above 0`);

/** The flags of ADR 028: how many app-server workers, a side-by-side comparison, and an overload run. */
const WorkerArgs = {
  workers: count('--workers').max(64, '--workers must be at most 64').optional(),
  'compare-workers': z
    .string()
    .regex(/^[1-9][0-9]?(,[1-9][0-9]?)+$/, '--compare-workers takes a list of worker counts, e.g. 1,2')
    .transform((list) => list.split(',').map(Number))
    .optional(),
  overload: z.coerce
    .number({ error: '--overload takes a factor, e.g. 2' })
    .min(1.1, '--overload must be at least 1.1 (times the capacity)')
    .max(20, '--overload must be at most 20')
    .optional(),
  capacity: count('--capacity').optional(),
};

const LoadtestArgsSchema = z.object({
  learners: count('--learners'),
  seconds: count('--seconds'),
  ramp: z.boolean(),
  'signed-in': z.boolean(),
  port: count('--port').max(65_535, '--port must be at most 65535'),
  ...WorkerArgs,
  /** Run on a throwaway PostgreSQL server unless DATABASE_URL names one (ADR 029). */
  postgres: z.boolean(),
  /** App servers on the one database, learners spread over them; with --ramp, capacity by 1 and by 2. */
  servers: count('--servers').max(2, '--servers takes 1 or 2'),
  /** A folder for each server process's V8 CPU profile (read them with `node scripts/profile-stalls.mjs`). */
  'cpu-prof': z.string().min(1, '--cpu-prof takes a folder').optional(),
});
export type LoadtestArgs = z.infer<typeof LoadtestArgsSchema>;

export function parseLoadtestArgs(argv: readonly string[]): CliResult<LoadtestArgs> {
  return parseCli(
    argv,
    {
      learners: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '60' },
      ramp: { type: 'boolean', default: false },
      'signed-in': { type: 'boolean', default: false },
      port: { type: 'string', default: '3377' },
      workers: { type: 'string' },
      'compare-workers': { type: 'string' },
      overload: { type: 'string' },
      capacity: { type: 'string' },
      postgres: { type: 'boolean', default: false },
      servers: { type: 'string', default: '1' },
      'cpu-prof': { type: 'string' },
    },
    LoadtestArgsSchema,
  );
}
