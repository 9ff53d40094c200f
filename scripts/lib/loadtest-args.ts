/** The arguments of `npm run loadtest`: `[--learners N] [--seconds N] [--ramp] [--signed-in] [--port N] [--postgres] [--servers 1|2]`. */
import { z } from 'zod';
import { parseCli, type CliResult } from './parse-cli';

const count = (flag: string) =>
  z.coerce
    .number({ error: `${flag} takes a whole number` })
    .int(`${flag} takes a whole number`)
    .positive(`${flag} must be above 0`);

const LoadtestArgsSchema = z.object({
  learners: count('--learners'),
  seconds: count('--seconds'),
  ramp: z.boolean(),
  'signed-in': z.boolean(),
  port: count('--port').max(65_535, '--port must be at most 65535'),
  /** Run on a throwaway PostgreSQL server unless DATABASE_URL names one (ADR 029). */
  postgres: z.boolean(),
  /** App servers on the one database, learners spread over them; with --ramp, capacity by 1 and by 2. */
  servers: count('--servers').max(2, '--servers takes 1 or 2'),
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
      postgres: { type: 'boolean', default: false },
      servers: { type: 'string', default: '1' },
    },
    LoadtestArgsSchema,
  );
}
