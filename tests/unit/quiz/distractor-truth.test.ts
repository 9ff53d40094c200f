/**
 * Generated distractors never restate a true fact for the subject asked about (issue 14): read with the
 * grader's claim reader against the knowledge base, none of them is a second right answer.
 */
import { describe, expect, it } from 'vitest';
import { generateQuestions } from '@/lib/core/quiz/generate-questions';
import { createTruthReader } from '@/lib/core/quiz/restates-truth';
import type { MultipleChoiceQuestion } from '@/lib/core/quiz/types';
import { realContent } from '../rubric/rubric-fixture';

async function setup() {
  const content = await realContent();
  const comparison = content.comparisons.find((c) => c.id === 'apigw-vs-alb')!;
  const knowledge = content.knowledge.find((k) => (k.comparison ?? k.id) === comparison.id)!;
  const prompt = content.prompts.find((p) => p.comparison === comparison.id)!;
  const read = createTruthReader({ knowledge, prompt, misconceptions: content.misconceptions });
  return { content, comparison, read };
}

describe('the truth reader', () => {
  it('reads a subject-less sentence as said of the subject: true of one service, not of the other', async () => {
    const { read } = await setup();
    expect(read('alb', 'Routes on the URL path and the Host header.')).toBe(true);
    expect(read('alb', 'Has a stage cache with a 300 s default TTL.')).toBe(false);
    expect(read('apigw-rest', 'Has a stage cache with a 300 s default TTL.')).toBe(true);
    // a statement naming another subject is about that subject
    expect(read('alb', '**REST APIs** validate request bodies against a JSON schema.')).toBe(false);
  });

  it('only counts the attributes it is told to, when told', async () => {
    const { read } = await setup();
    expect(read('alb', 'Routes on the URL path.', new Set(['caching']))).toBe(false);
    expect(read('alb', 'Routes on the URL path.', new Set(['path-routing']))).toBe(true);
  });
});

describe('generated dimension questions on the real content', () => {
  it('offer at least two distractors, none of them true of the subject asked about', async () => {
    const { content, comparison, read } = await setup();
    const questions = generateQuestions(content, 'seed').filter(
      (q): q is MultipleChoiceQuestion => q.type === 'multiple-choice' && q.key.startsWith('dim:'),
    );
    expect(questions).toHaveLength(comparison.dimensions.length * 2);
    const secondRight: string[] = [];
    for (const q of questions) {
      const side = q.key.endsWith('mc-a') ? 'a' : 'b';
      const dimension = comparison.dimensions.find((d) => d.id === q.dimension)!;
      const distractors = q.options.filter((o) => o.id !== q.correctOptionId);
      expect(distractors.length, q.key).toBeGreaterThanOrEqual(2);
      for (const o of distractors) {
        if (o.misconception) continue;
        const sameSideElsewhere = comparison.dimensions.some((d) => d.id !== dimension.id && d[side] === o.text);
        const on = sameSideElsewhere ? new Set(dimension.knowledge) : undefined;
        if (read(comparison[side].id, o.text, on)) secondRight.push(`${q.key}: ${o.text.slice(0, 80)}`);
      }
    }
    expect(secondRight).toEqual([]);
  });

  it('leave out the other service’s fact when it is true of the subject too (ALB routes on method and path as well)', async () => {
    const { content, comparison } = await setup();
    const routing = comparison.dimensions.find((d) => d.id === 'routing')!;
    const q = generateQuestions(content, 'seed').find(
      (x) => x.key === 'dim:apigw-vs-alb.routing:mc-b',
    ) as MultipleChoiceQuestion;
    expect(q.prompt).toBe("Which describes ALB's routing?");
    expect(q.options.map((o) => o.text)).not.toContain(routing.a);
    // without the knowledge base to read with, it would have been offered
    const unread = generateQuestions({ ...content, prompts: [] }, 'seed').find(
      (x) => x.key === q.key,
    ) as MultipleChoiceQuestion;
    expect(unread.options.map((o) => o.text)).toContain(routing.a);
  });
});
