/**
 * `npm run bench [-- --json] [-- --only NAME]`: the benchmarks of DESIGN.md §4, against a production
 * build on this machine. Progress goes to stderr; with --json stdout is one JSON object.
 */
import { BENCH_SECTIONS, POSTGRES_SECTIONS, parseBenchArgs, type BenchSection } from './lib/bench-args';
import { isPostgresUrl } from '../lib/server/database-provider.mjs';
import { ensurePostgres } from './lib/rerun-with-postgres';

const parsed = parseBenchArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`bench: ${parsed.message} (usage: bench [--json] [--postgres] [--only ${BENCH_SECTIONS.join('|')}])`);
  process.exit(2);
}
const { json, only, postgres } = parsed.args;
if (postgres || only === 'reviewSubmitPostgres') ensurePostgres('scripts/bench.ts', process.argv.slice(2));
/** PostgreSQL's sections run when DATABASE_URL names a server (ADR 029). */
const onPostgres = isPostgresUrl(process.env.DATABASE_URL);

/** Each section, loaded only when it runs (the Lighthouse one pulls in Lighthouse). */
const SECTIONS: Record<BenchSection, () => Promise<unknown>> = {
  reviewSubmit: async () => (await import('./bench/review-submit')).benchReviewSubmit(),
  reviewSubmitPostgres: async () => (await import('./bench/review-submit-postgres')).benchReviewSubmitPostgres(),
  dueQueue: async () => (await import('./bench/due-queue')).benchDueQueue(),
  commitStalls: async () => (await import('./bench/commit-stalls')).benchCommitStalls(),
  grade: async () => (await import('./bench/grade')).benchGrade(),
  firstLoadJs: async () => (await import('./bench/first-load-js')).benchFirstLoadJs(),
  lighthouse: async () => (await import('./bench/lighthouse')).benchLighthouse(),
  fsrsOptimize: async () => (await import('./bench/fsrs-optimize')).benchFsrsOptimize(),
};

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  for (const section of BENCH_SECTIONS) {
    if (only ? only !== section : POSTGRES_SECTIONS.includes(section) && !onPostgres) continue;
    results[section] = await SECTIONS[section]();
  }
  if (json) process.stdout.write(`${JSON.stringify(results)}\n`);
  else console.log(JSON.stringify(results, null, 2));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
