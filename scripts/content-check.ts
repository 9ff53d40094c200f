/**
 * Validates content/ (DESIGN.md §2):
 *   npm run -s content:check -- --json      one JSON object on stdout; exit 0 valid, 1 invalid
 *   npm run -s content:check                a human summary, or the errors one per line
 *   --dir <path>                            check another content directory (tests)
 * Bad arguments or an unexpected failure: a message on stderr, exit 2.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatContentIssue } from '../lib/content/format-content-issue';
import { loadContent } from '../lib/content/load-content';
import { summarizeContent } from '../lib/content/summarize-content';
import type { ContentSummary } from '../lib/core/content/types';
import { CONTENT_CHECK_USAGE, parseContentCheckArgs } from './lib/content-check-args';

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseContentCheckArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n${CONTENT_CHECK_USAGE}\n`);
    return 2;
  }
  const args = parsed.args;
  if (args.help) {
    process.stderr.write(`${CONTENT_CHECK_USAGE}\n`);
    return 0;
  }
  const dir = path.resolve(args.dir ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'content'));
  const result = await loadContent(dir);
  if (args.json) {
    const empty: ContentSummary = { decks: [], comparisons: [], misconceptions: [], prompts: [], quizItems: 0 };
    const body = result.ok ? { ...summarizeContent(result.content), errors: [] } : { ...empty, errors: result.errors };
    process.stdout.write(`${JSON.stringify(body)}\n`);
    return result.ok ? 0 : 1;
  }
  if (!result.ok) {
    for (const issue of result.issues) process.stdout.write(`${formatContentIssue(issue, { lines: true })}\n`);
    process.stderr.write(`content:check: ${count(result.issues.length, 'error')}\n`);
    return 1;
  }
  const s = summarizeContent(result.content);
  const cards = s.decks.reduce((n, d) => n + d.cards, 0);
  const dimensions = s.comparisons.reduce((n, c) => n + c.dimensions.length, 0);
  const lines = [
    `content OK: ${count(s.decks.length, 'deck')} (${count(cards, 'card')}), ` +
      `${count(s.comparisons.length, 'comparison')} (${count(dimensions, 'dimension')}), ` +
      `${count(s.misconceptions.length, 'misconception')}, ${count(s.quizItems, 'quiz item')}, ${count(s.prompts.length, 'prompt')}`,
    ...s.decks.map((d) => `  deck ${d.id}: ${d.cards} cards`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `content:check failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
