/**
 * Benchmark: time to grade a ~2,000-word answer (DESIGN.md §4 `grade`).
 *
 * The answer is built deterministically from the apigw-vs-alb prompt's great model answer
 * plus sentences from the calibration fixtures (tests/fixtures/answers/apigw-vs-alb),
 * interleaved until it passes 2,000 words, so it has the mix of prose, lists, myths,
 * refutations and numbers a long real answer has. The grader is warmed up (wink model
 * load, prompt compilation), then timed over ITERATIONS runs with performance.now().
 *
 *   npx tsx scripts/bench/grade.ts        prints {"words","p50Ms","p95Ms"}
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../lib/content/load-content';
import { gradeAnswer } from '../../lib/core/rubric/grade-answer';
import { findKnowledge } from '../../lib/core/content/find-knowledge';
import { countWords } from '../../lib/core/mock/count-words';
import { buildBenchAnswer } from './build-bench-answer';

const PROMPT_ID = 'apigw-vs-alb';
// enough runs for the JIT to reach its optimised code and the heap its steady size, as in a server that has graded before
const WARMUP = 100;
const ITERATIONS = 300;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export async function benchGrade(): Promise<{ words: number; p50Ms: number; p95Ms: number }> {
  const loaded = await loadContent(path.join(root, 'content'));
  if (!loaded.ok) throw new Error(`content is invalid:\n${loaded.errors.join('\n')}`);
  const prompt = loaded.content.prompts.find((p) => p.id === PROMPT_ID);
  if (prompt === undefined) throw new Error(`prompt not found: ${PROMPT_ID}`);
  const misconceptions = loaded.content.misconceptions;
  const knowledge = findKnowledge(loaded.content, prompt);
  const answer = await buildBenchAnswer(prompt.modelAnswers.great);
  const words = countWords(answer);

  for (let i = 0; i < WARMUP; i++) gradeAnswer({ prompt, answer, misconceptions, knowledge });
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const start = performance.now();
    gradeAnswer({ prompt, answer, misconceptions, knowledge });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 100) / 100;
  return { words, p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchGrade().then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`bench grade failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
