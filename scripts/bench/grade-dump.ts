/**
 * Grades every labelled answer and single sentence the grader is tuned and tested on, plus the
 * calibration fixtures, the prompts' model answers and the bench's 2,000-word answer, and writes the
 * full results as JSON lines: a speed change must leave this file byte-identical (ADR 011, session 10).
 *
 *   npx tsx scripts/bench/grade-dump.ts <out.jsonl> [--shared ../shared/grader-dev]
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../lib/content/load-content';
import { readLabelledAnswers } from '../../lib/content/labelled-answers';
import { gradeAnswer } from '../../lib/core/rubric/grade-answer';
import { findKnowledge } from '../../lib/core/content/find-knowledge';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function labelledLocations(): Promise<string[]> {
  const out: string[] = [];
  const shared = process.argv.includes('--shared')
    ? path.resolve(process.argv[process.argv.indexOf('--shared') + 1] ?? '')
    : // ../shared beside the repository (DESIGN.md); a worktree under /work/wt/<name> has it two levels up
      ([path.resolve(root, '..', 'shared', 'grader-dev'), path.resolve(root, '..', '..', 'shared', 'grader-dev')].find(
        (dir) => existsSync(path.join(dir, 'labels.json')),
      ) ?? path.resolve(root, '..', 'shared', 'grader-dev'));
  if (existsSync(path.join(shared, 'labels.json'))) out.push(shared);
  else throw new Error(`no labels.json in ${shared}`);
  const independent = path.join(root, 'tests', 'fixtures', 'grader-independent');
  for (const name of (await readdir(independent)).sort()) {
    const dir = path.join(independent, name);
    if (existsSync(path.join(dir, 'labels.json'))) out.push(dir);
    for (const file of (await readdir(dir)).sort())
      if (file.endsWith('.json') && file !== 'labels.json') out.push(path.join(dir, file));
  }
  return out;
}

async function main(): Promise<void> {
  const outFile = process.argv[2];
  if (outFile === undefined) throw new Error('usage: grade-dump.ts <out.jsonl>');
  const loaded = await loadContent(path.join(root, 'content'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  const content = loaded.content;
  const lines: string[] = [];
  const grade = (source: string, promptId: string, answer: string): void => {
    const prompt = content.prompts.find((p) => p.id === promptId);
    if (prompt === undefined) throw new Error(`${source}: unknown prompt ${promptId}`);
    const result = gradeAnswer({
      prompt,
      answer,
      misconceptions: content.misconceptions,
      knowledge: findKnowledge(content, prompt),
    });
    lines.push(JSON.stringify({ source, result }));
  };
  for (const location of await labelledLocations()) {
    const answers = (await readLabelledAnswers(location)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const a of answers) grade(`${path.relative(root, location)}#${a.id}`, a.prompt, a.answer);
  }
  const fixtures = path.join(root, 'tests', 'fixtures', 'answers');
  for (const promptId of (await readdir(fixtures)).sort()) {
    for (const name of (await readdir(path.join(fixtures, promptId))).sort()) {
      const text = await readFile(path.join(fixtures, promptId, name), 'utf8');
      grade(`answers/${promptId}/${name}`, promptId, text);
      // each paragraph alone too: short answers take other paths (assessability, scope)
      text.split(/\n\s*\n/).forEach((p, i) => grade(`answers/${promptId}/${name}#p${i}`, promptId, p));
    }
  }
  for (const prompt of content.prompts)
    for (const [level, text] of Object.entries(prompt.modelAnswers))
      grade(`model/${prompt.id}/${level}`, prompt.id, text);
  const { buildBenchAnswer } = await import('./build-bench-answer');
  const apigw = content.prompts.find((p) => p.id === 'apigw-vs-alb');
  if (apigw !== undefined) grade('bench/2000-words', apigw.id, await buildBenchAnswer(apigw.modelAnswers.great));
  await writeFile(outFile, `${lines.join('\n')}\n`);
  process.stderr.write(`graded ${String(lines.length)} texts -> ${outFile}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `grade-dump failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
