import { findKnowledge } from '@/lib/core/content/find-knowledge';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';
import type { ContentBundle } from '@/lib/core/content/types';
import { gradeAnswer } from '@/lib/core/rubric/grade-answer';

let content: ContentBundle;
beforeAll(async () => {
  const loaded = await loadContent(path.resolve('content'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  content = loaded.content;
});

const words = fc.constantFrom(
  'ALB',
  'API Gateway',
  'OIDC',
  "can't",
  'not',
  '29s',
  '4,000 seconds',
  'myth',
  'because',
  'if',
  '.',
  '!',
  '?',
  '\n',
  '- ',
  '# ',
  'serverless',
  'better',
  'WAF',
  '😀',
  '\u0000',
  '...',
);

describe('grader on random and huge text (fast-check)', () => {
  it('never crashes and always returns a well-formed result', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 2000 }),
          fc.array(words, { maxLength: 400 }).map((w) => w.join(' ')),
        ),
        fc.nat(2),
        (answer, which) => {
          const prompt = content.prompts[which % content.prompts.length]!;
          const result = gradeAnswer({
            prompt,
            answer,
            misconceptions: content.misconceptions,
            knowledge: findKnowledge(content, prompt),
          });
          expect(['miss', 'meets', 'delights']).toContain(result.verdict);
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(100);
          expect(result.criteria.map((c) => c.id)).toEqual(prompt.criteria.map((c) => c.id));
          for (const c of result.criteria) for (const e of c.evidence) expect(answer).toContain(e);
          expect(
            gradeAnswer({
              prompt,
              answer,
              misconceptions: content.misconceptions,
              knowledge: findKnowledge(content, prompt),
            }),
          ).toEqual(result); // deterministic
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('grades a 20,000-word answer in bounded time', () => {
    const prompt = content.prompts.find((p) => p.id === 'apigw-vs-alb')!;
    const paragraph = prompt.modelAnswers.great.split(/\s+/);
    const huge = Array.from({ length: 20_000 }, (_, i) => paragraph[i % paragraph.length]).join(' ');
    const start = performance.now();
    const result = gradeAnswer({
      prompt,
      answer: huge,
      misconceptions: content.misconceptions,
      knowledge: findKnowledge(content, prompt),
    });
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(result.wordCount).toBeGreaterThanOrEqual(19_000);
  });
});
