/**
 * Grades one mock-interview answer against a prompt's rubric (DESIGN.md §2):
 *   npm run -s grade -- --prompt <id> --file <path|-> --json
 *     exit 0 and one JSON object on stdout:
 *     {"prompt","verdict","score","criteria":[{"id","level","evidence":[...]}],"traps":[{"id","evidence"}]}
 *     (criteria also carry title, score, concepts and next; traps carry correction; plus errors (false
 *     claims with corrections), claims (what the knowledge base could judge), misfit (a decision the scenario
 *     rules out, with why, or null), unassessed and wordCount)
 *   without --json: a readable report.
 *   --file - reads the answer from stdin. --content <dir> grades against another content directory.
 * Unknown prompt, unreadable file or bad arguments: a one-line message on stderr, exit 2.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../lib/content/load-content';
import { gradeAnswer } from '../lib/core/rubric/grade-answer';
import { findKnowledge } from '../lib/core/content/find-knowledge';
import type { GradeResult } from '../lib/core/rubric/types';
import { GRADE_USAGE, parseGradeArgs } from './lib/grade-args';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The §2 contract fields first, in contract order; extra fields after them. */
function toJson(result: GradeResult): unknown {
  return {
    prompt: result.prompt,
    verdict: result.verdict,
    score: result.score,
    criteria: result.criteria.map((c) => ({
      id: c.id,
      level: c.level,
      evidence: c.evidence,
      title: c.title,
      score: c.score,
      concepts: c.concepts,
      next: c.next,
    })),
    traps: result.traps.map((t) => ({ id: t.id, evidence: t.evidence, correction: t.correction })),
    errors: result.errors,
    contradictions: result.contradictions,
    claims: result.claims,
    misfit: result.misfit,
    unassessed: result.unassessed,
    wordCount: result.wordCount,
  };
}

function toReport(result: GradeResult, title: string): string {
  const mark = { miss: '[ ]', meets: '[x]', delights: '[*]' } as const;
  const lines = [
    `${result.prompt}: ${title}`,
    `Verdict: ${result.verdict.toUpperCase()}  (score ${result.score}/100, ${result.wordCount} words)`,
    '',
  ];
  for (const c of result.criteria) {
    lines.push(`${mark[c.level]} ${c.title}: ${c.level}`);
    for (const e of c.evidence) lines.push(`      "${oneLine(e)}"`);
    if (c.next !== null) lines.push(`      next: ${c.next}`);
  }
  lines.push('');
  if (result.traps.length === 0) lines.push('Traps: none asserted.');
  else {
    lines.push('Traps asserted:');
    for (const t of result.traps) {
      lines.push(`  ! ${t.id}: "${oneLine(t.evidence)}"`);
      lines.push(`      correction: ${t.correction}`);
    }
  }
  if (result.misfit !== null) {
    lines.push(`Decision the scenario rules out: ${result.misfit.label}: "${oneLine(result.misfit.evidence)}"`);
    lines.push(`      why: ${oneLine(result.misfit.why)}`);
  }
  for (const e of result.errors) {
    lines.push(`Error: ${e.claim}: "${oneLine(e.evidence)}"`);
    lines.push(`      correction: ${e.correction}`);
  }
  for (const c of result.contradictions) {
    lines.push(`Contradiction: ${c.claim}: "${oneLine(c.holds)}" vs "${oneLine(c.denies)}"`);
  }
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseGradeArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`grade: ${parsed.message} (${GRADE_USAGE})\n`);
    return 2;
  }
  const args = parsed.args;
  if (args.help) {
    process.stdout.write(`${GRADE_USAGE}\n`);
    return 0;
  }
  const contentDir = args.content ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'content');

  let answer: string;
  try {
    answer = args.file === '-' ? await readStdin() : await readFile(path.resolve(args.file), 'utf8');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
    process.stderr.write(`grade: cannot read answer file ${args.file} (${code})\n`);
    return 2;
  }

  const loaded = await loadContent(path.resolve(contentDir));
  if (!loaded.ok) {
    process.stderr.write(
      `grade: content is invalid (${loaded.errors.length} errors; run npm run content:check): ${loaded.errors[0] ?? ''}\n`,
    );
    return 2;
  }
  const prompt = loaded.content.prompts.find((p) => p.id === args.prompt);
  if (prompt === undefined) {
    const known = loaded.content.prompts.map((p) => p.id).join(', ');
    process.stderr.write(`grade: unknown prompt "${args.prompt}" (known: ${known})\n`);
    return 2;
  }

  const result = gradeAnswer({
    prompt,
    answer,
    misconceptions: loaded.content.misconceptions,
    knowledge: findKnowledge(loaded.content, prompt),
  });
  process.stdout.write(args.json ? `${JSON.stringify(toJson(result))}\n` : `${toReport(result, prompt.title)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `grade failed unexpectedly: ${oneLine(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`,
    );
    process.exitCode = 2;
  },
);
