/**
 * Bytes allocated per grade of the bench answer (ADR 011, session 12): a figure that, unlike wall-clock
 * time, does not depend on how busy the machine is. Uses V8's sampling heap profiler with objects
 * collected by scavenges and full GCs kept, so it counts what a grade allocates, not what it keeps.
 *
 *   npx tsx scripts/bench/grade-alloc.ts [grades=50] [--top N]
 *     prints {"grades","bytesPerGrade"} and, with --top, the N functions that allocate most (self bytes)
 */
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../lib/content/load-content';
import { gradeAnswer } from '../../lib/core/rubric/grade-answer';
import { findKnowledge } from '../../lib/core/content/find-knowledge';
import { buildBenchAnswer } from './build-bench-answer';

const PROMPT_ID = 'apigw-vs-alb';
const WARMUP = 100;
// a small interval, so that 50 grades give tens of thousands of samples
const SAMPLING_INTERVAL_BYTES = 512;

type ProfileNode = {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
};

// a builtin (no url: sort, match, Set) is named with the function that called it, which is where to look
function selfBytesByFunction(node: ProfileNode, into: Map<string, number>, caller = ''): Map<string, number> {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  const key = url === '' ? `${name} in ${caller}` : `${name} ${path.basename(url)}:${lineNumber + 1}`;
  into.set(key, (into.get(key) ?? 0) + node.selfSize);
  for (const child of node.children) selfBytesByFunction(child, into, url === '' ? caller : key);
  return into;
}

const totalBytes = (node: ProfileNode): number => node.children.reduce((sum, c) => sum + totalBytes(c), node.selfSize);

async function main(): Promise<void> {
  const grades = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 50);
  const topIndex = process.argv.indexOf('--top');
  const top = topIndex >= 0 ? Number(process.argv[topIndex + 1] ?? 25) : 0;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const loaded = await loadContent(path.join(root, 'content'));
  if (!loaded.ok) throw new Error(`content is invalid:\n${loaded.errors.join('\n')}`);
  const prompt = loaded.content.prompts.find((p) => p.id === PROMPT_ID);
  if (prompt === undefined) throw new Error(`prompt not found: ${PROMPT_ID}`);
  const input = {
    prompt,
    answer: await buildBenchAnswer(prompt.modelAnswers.great),
    misconceptions: loaded.content.misconceptions,
    knowledge: findKnowledge(loaded.content, prompt),
  };
  for (let i = 0; i < WARMUP; i++) gradeAnswer(input);

  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: SAMPLING_INTERVAL_BYTES,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (let i = 0; i < grades; i++) gradeAnswer(input);
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
  session.disconnect();

  process.stdout.write(`${JSON.stringify({ grades, bytesPerGrade: Math.round(totalBytes(profile.head) / grades) })}\n`);
  if (top > 0) {
    const rows = [...selfBytesByFunction(profile.head, new Map())].sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [name, bytes] of rows)
      process.stdout.write(`${String(Math.round(bytes / grades)).padStart(9)}  ${name}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`grade-alloc failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
