/**
 * A second subject (SQS vs SNS) graded with no code of its own: everything the grader needs comes
 * from the content directory tests/fixtures/second-subject/ (sources, comparison, misconception,
 * knowledge base, prompt).
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findKnowledge } from '@/lib/core/content/find-knowledge';
import { loadContent } from '@/lib/content/load-content';
import type { ContentBundle, KnowledgeBase, Prompt } from '@/lib/core/content/types';
import { gradeAnswer } from '@/lib/core/rubric/grade-answer';
import type { GradeResult } from '@/lib/core/rubric/types';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/second-subject');

let content: ContentBundle;
let prompt: Prompt;
let knowledge: KnowledgeBase | null;

beforeAll(async () => {
  const r = await loadContent(FIXTURE);
  if (!r.ok) throw new Error(`second-subject fixture is invalid:\n${r.errors.join('\n')}`);
  content = r.content;
  const found = content.prompts.find((p) => p.id === 'sqs-vs-sns');
  if (found === undefined) throw new Error('prompt sqs-vs-sns not found');
  prompt = found;
  knowledge = findKnowledge(content, prompt);
});

function grade(answer: string): GradeResult {
  return gradeAnswer({ prompt, answer, misconceptions: content.misconceptions, knowledge });
}

describe('second subject: SQS vs SNS, content only', () => {
  it('loads with no errors, and the prompt finds its knowledge base', async () => {
    const r = await loadContent(FIXTURE);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(content.comparisons.map((c) => c.id)).toEqual(['sqs-vs-sns']);
    expect(content.misconceptions.map((m) => m.id)).toEqual(['sns-stores-messages']);
    expect(knowledge?.id).toBe('sqs-vs-sns');
  });

  it('flags "SNS keeps messages until polled" as the sns-stores-messages trap', () => {
    const r = grade('SNS keeps every message until the subscriber polls for it.');
    expect(r.traps.map((t) => t.id)).toEqual(['sns-stores-messages']);
    expect(r.traps[0]?.correction).toMatch(/does not store messages/);
  });

  it('does not flag the true statement that SNS pushes and does not store', () => {
    const r = grade('SNS does not store messages; it pushes them to subscribers.');
    expect(r.traps).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  it('corrects a retention past the 14-day maximum', () => {
    const r = grade('SQS keeps messages for up to 30 days.');
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors.some((e) => e.entity === 'sqs' && /14 days/.test(e.correction))).toBe(true);
    expect(r.traps).toEqual([]);
  });

  it('checks a retention stated in hours against the quantity fact (values and maximum in seconds)', () => {
    const r = grade('SQS keeps messages for up to 720 hours.');
    expect(r.errors.map((e) => [e.entity, e.attribute])).toEqual([['sqs', 'retention']]);
    expect(r.errors[0]?.correction).toMatch(/14 days/);
    expect(grade('SQS keeps messages for up to 336 hours.').errors).toEqual([]);
  });

  it('grades the great model answer meets or better, with no traps and no errors', () => {
    const r = grade(prompt.modelAnswers.great);
    expect(['meets', 'delights']).toContain(r.verdict);
    expect(r.traps).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  it('grades the average model answer below the great one, with no traps and no errors', () => {
    const great = grade(prompt.modelAnswers.great);
    const average = grade(prompt.modelAnswers.average);
    expect(average.verdict).toBe('meets');
    expect(average.score).toBeLessThan(great.score);
    expect(average.traps).toEqual([]);
    expect(average.errors).toEqual([]);
  });
});
