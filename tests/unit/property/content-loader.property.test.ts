import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';
import { copyValidFixture } from '../content/content-fixture';

const FILES = [
  'decks/messaging.yaml',
  'comparisons/sqs-vs-sns.yaml',
  'misconceptions/sqs-vs-sns.yaml',
  'prompts/choose-messaging.yaml',
  'quiz/messaging.yaml',
  'sources/aws.yaml',
];

/** One edit to a file's text: delete, duplicate or overwrite a slice, or insert YAML-ish noise. */
const edit = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'replace'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 60 }),
  noise: fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom(': ', '- ', '\n  - id: x\n', '\t', '"', "'", '{', '[', '&a', '*a', '!!binary', '\u0000', '~', 'null', '123', '\n---\n'),
  ),
});

function mutate(text: string, e: { kind: string; at: number; length: number; noise: string }): string {
  const i = Math.floor(e.at * text.length);
  switch (e.kind) {
    case 'delete':
      return text.slice(0, i) + text.slice(i + e.length);
    case 'insert':
      return text.slice(0, i) + e.noise + text.slice(i);
    case 'duplicate':
      return text.slice(0, i) + text.slice(i, i + e.length) + text.slice(i);
    default:
      return text.slice(0, i) + e.noise + text.slice(i + e.length);
  }
}

const fixture = copyValidFixture();
afterAll(() => fixture.remove());
const originals = Object.fromEntries(FILES.map((f) => [f, readFileSync(path.join(fixture.dir, f), 'utf8')]));

describe('content loader on mutated YAML (fast-check)', () => {
  it('never throws, and every problem is reported as `content/<file>…: message`', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FILES), fc.array(edit, { minLength: 1, maxLength: 4 }), async (file, edits) => {
        const broken = edits.reduce(mutate, originals[file]!);
        for (const f of FILES) writeFileSync(path.join(fixture.dir, f), f === file ? broken : originals[f]!);
        const result = await loadContent(fixture.dir);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const error of result.errors) expect(error).toMatch(/^content\/[a-z-]+\/[\w.-]+\.ya?ml(:\d+(:\d+)?)?: \S/);
        }
      }),
      { numRuns: 150, seed: 20261128 },
    );
  }, 60_000);
});
