/** The arguments of `npm run bench` (DESIGN.md §2): `[--json] [--only NAME] [--postgres]`. */
import { z } from 'zod';
import { parseCli, type CliResult } from './parse-cli';

export const BENCH_SECTIONS = [
  'reviewSubmit',
  'reviewSubmitPostgres',
  'dueQueue',
  'commitStalls',
  'grade',
  'firstLoadJs',
  'lighthouse',
  'fsrsOptimize',
] as const;
/** Sections that run only on PostgreSQL: with DATABASE_URL=postgres… or --postgres (ADR 029). */
export const POSTGRES_SECTIONS: readonly BenchSection[] = ['reviewSubmitPostgres'];
export type BenchSection = (typeof BENCH_SECTIONS)[number];

const BenchArgsSchema = z.object({
  json: z.boolean(),
  /** Run on a throwaway PostgreSQL server (unless DATABASE_URL names one): adds reviewSubmitPostgres. */
  postgres: z.boolean(),
  only: z.enum(BENCH_SECTIONS, { error: `--only takes one of: ${BENCH_SECTIONS.join(', ')}` }).optional(),
});
export type BenchArgs = z.infer<typeof BenchArgsSchema>;

export function parseBenchArgs(argv: readonly string[]): CliResult<BenchArgs> {
  // The README writes `npm run bench -- --json -- --only NAME`: npm passes the second `--` on.
  const flags = argv.filter((arg) => arg !== '--');
  return parseCli(
    flags,
    {
      json: { type: 'boolean', default: false },
      postgres: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
    BenchArgsSchema,
  );
}
