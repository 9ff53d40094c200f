/**
 * `npm run bench [-- --json] [-- --only NAME]`: the benchmarks of DESIGN.md §4, against a production
 * build on this machine. Progress goes to stderr; with --json stdout is one JSON object.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BENCH_SECTIONS, parseBenchArgs, type BenchSection } from './lib/bench-args';
import { root } from './lib/prepare.mjs';

const parsed = parseBenchArgs(process.argv.slice(2));
if (!parsed.ok) {
  console.error(`bench: ${parsed.message} (usage: bench [--json] [--only ${BENCH_SECTIONS.join('|')}])`);
  process.exit(2);
}
const { json, only } = parsed.args;
const wanted = (s: BenchSection) => !only || only === s;

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  if (wanted('reviewSubmit')) {
    const { benchReviewSubmit } = await import('./bench/review-submit');
    results.reviewSubmit = await benchReviewSubmit();
  }
  if (wanted('dueQueue')) {
    const { benchDueQueue } = await import('./bench/due-queue');
    results.dueQueue = await benchDueQueue();
  }
  const gradeBench = path.join(root, 'scripts', 'bench', 'grade.ts');
  if (wanted('grade') && existsSync(gradeBench)) {
    const { benchGrade } = (await import(gradeBench)) as { benchGrade: () => Promise<unknown> };
    results.grade = await benchGrade();
  }
  if (wanted('firstLoadJs')) {
    const { benchFirstLoadJs } = await import('./bench/first-load-js');
    results.firstLoadJs = await benchFirstLoadJs();
  }
  if (wanted('lighthouse')) {
    const { benchLighthouse } = await import('./bench/lighthouse');
    results.lighthouse = await benchLighthouse();
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
