/**
 * Runs the real `content:check` script as a child process, the way outside
 * checks do (DESIGN.md §2). The first block checks the repository's content/
 * and only passes once all content has been written.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REQUIRED_DIMENSIONS } from '@/lib/content/required-ids';
import { VALID_FIXTURE, copyValidFixture, replaceInFile } from './content-fixture';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const TIMEOUT = 60_000;

type CheckOutput = {
  decks: { id: string; cards: number }[];
  comparisons: { id: string; dimensions: string[] }[];
  misconceptions: string[];
  prompts: string[];
  quizItems: number;
  errors: string[];
};

function runContentCheck(...args: string[]): { status: number | null; stdout: string; stderr: string; json: () => CheckOutput } {
  const run = spawnSync(TSX, ['scripts/content-check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, json: () => JSON.parse(run.stdout) as CheckOutput };
}

describe('content:check on the real content/', () => {
  it(
    'is valid and has everything the contracts need',
    () => {
      const run = runContentCheck('--json');
      const out = run.json();
      expect(out.errors).toEqual([]);
      expect(run.status).toBe(0);

      const apigwVsAlb = out.comparisons.find((c) => c.id === 'apigw-vs-alb');
      // the 17 contract dimensions, and any added since
      expect(apigwVsAlb?.dimensions).toEqual(expect.arrayContaining([...(REQUIRED_DIMENSIONS['apigw-vs-alb'] ?? [])]));

      expect(out.misconceptions.length).toBeGreaterThanOrEqual(14);
      expect(out.misconceptions).toEqual(expect.arrayContaining(['serverless-means-better', 'alb-has-no-auth']));

      expect(out.prompts.length).toBeGreaterThanOrEqual(3);
      expect(out.prompts).toContain('apigw-vs-alb');

      expect(out.decks.length).toBeGreaterThanOrEqual(3);
      expect(out.decks.reduce((n, d) => n + d.cards, 0)).toBeGreaterThanOrEqual(60);

      expect(out.quizItems).toBeGreaterThanOrEqual(40);
    },
    TIMEOUT,
  );
});

describe('content:check --dir', () => {
  let fixture: ReturnType<typeof copyValidFixture>;
  beforeEach(() => {
    fixture = copyValidFixture();
  });
  afterEach(() => fixture.remove());

  it(
    'prints exactly the contract JSON for valid content and exits 0',
    () => {
      const run = runContentCheck('--json', '--dir', VALID_FIXTURE);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe(
        `${JSON.stringify({
          decks: [{ id: 'messaging', cards: 11 }],
          comparisons: [{ id: 'sqs-vs-sns', dimensions: ['delivery', 'ordering'] }],
          misconceptions: ['sns-stores-messages'],
          prompts: ['choose-messaging'],
          quizItems: 4,
          errors: [],
        })}\n`,
      );
    },
    TIMEOUT,
  );

  it(
    'exits 1 on broken content, with the same shape and errors naming the file',
    () => {
      replaceInFile(fixture.dir, 'decks/messaging.yaml', 'id: messaging.extra.fan-out', 'id: Messaging.Extra');
      const run = runContentCheck('--json', '--dir', fixture.dir);
      expect(run.status).toBe(1);
      expect(run.json()).toEqual({
        decks: [],
        comparisons: [],
        misconceptions: [],
        prompts: [],
        quizItems: 0,
        errors: [
          'content/decks/messaging.yaml: cards[0].id: must be a lower-case kebab-case id (dots allowed between parts)',
        ],
      });
    },
    TIMEOUT,
  );

  it(
    'without --json prints the errors one per line, with line numbers',
    () => {
      replaceInFile(fixture.dir, 'decks/messaging.yaml', 'id: messaging.extra.fan-out', 'id: Messaging.Extra');
      const run = runContentCheck('--dir', fixture.dir);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe(
        'content/decks/messaging.yaml:11: cards[0].id: must be a lower-case kebab-case id (dots allowed between parts)\n',
      );
    },
    TIMEOUT,
  );

  it(
    'rejects unknown arguments with exit 2 and nothing on stdout',
    () => {
      const run = runContentCheck('--jsn');
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/unknown option '--jsn'/i);
    },
    TIMEOUT,
  );
});
