import { findKnowledge } from '@/lib/core/content/find-knowledge';
import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '@/lib/core/rubric/grade-answer';
import { ruleBasedGrader } from '@/lib/core/rubric/grader';
import { GradeResultShape } from './grade-result-shape';
import { realContent, realPrompt } from './rubric-fixture';

describe('gradeAnswer', () => {
  it('is deterministic: same input, same output, and the inputs are not mutated', async () => {
    const { prompt, misconceptions, knowledge } = await realPrompt('apigw-vs-alb');
    const before = JSON.stringify(prompt);
    const answer = prompt.modelAnswers.great;
    const first = gradeAnswer({ prompt, answer, misconceptions, knowledge });
    for (let i = 0; i < 5; i++) expect(gradeAnswer({ prompt, answer, misconceptions, knowledge })).toEqual(first);
    // a structurally equal copy of the prompt (no shared cache entry) grades the same
    const copy = structuredClone(prompt);
    expect(gradeAnswer({ prompt: copy, answer, misconceptions, knowledge })).toEqual(first);
    expect(JSON.stringify(prompt)).toBe(before);
  });

  it('grades the model answers of every prompt: great delights, average meets', async () => {
    const content = await realContent();
    expect(content.prompts.length).toBeGreaterThanOrEqual(3);
    for (const prompt of content.prompts) {
      const grade = (answer: string) =>
        gradeAnswer({
          prompt,
          answer,
          misconceptions: content.misconceptions,
          knowledge: findKnowledge(content, prompt),
        });
      expect(grade(prompt.modelAnswers.great).verdict, `${prompt.id} great`).toBe('delights');
      expect(grade(prompt.modelAnswers.average).verdict, `${prompt.id} average`).toBe('meets');
      expect(grade(prompt.modelAnswers.great).traps, `${prompt.id} great traps`).toEqual([]);
      expect(grade(prompt.modelAnswers.average).traps, `${prompt.id} average traps`).toEqual([]);
    }
  });

  it('explains every level below delights with a non-empty next step, and none at delights', async () => {
    const content = await realContent();
    for (const prompt of content.prompts) {
      for (const answer of [prompt.modelAnswers.average, prompt.modelAnswers.great, '', 'I like turtles.']) {
        const r = gradeAnswer({
          prompt,
          answer,
          misconceptions: content.misconceptions,
          knowledge: findKnowledge(content, prompt),
        });
        for (const c of r.criteria) {
          if (c.level === 'delights') expect(c.next).toBeNull();
          else expect(c.next?.length ?? 0).toBeGreaterThan(20);
        }
      }
    }
  });

  it('quotes evidence verbatim from the answer, and only for met criteria', async () => {
    const { prompt, misconceptions, knowledge } = await realPrompt('multi-region-dr');
    const answer = prompt.modelAnswers.great;
    const r = gradeAnswer({ prompt, answer, misconceptions, knowledge });
    for (const c of r.criteria) {
      if (c.level === 'miss') expect(c.evidence).toEqual([]);
      else expect(c.evidence.length).toBeGreaterThan(0);
      for (const e of c.evidence) expect(answer.includes(e)).toBe(true);
    }
  });

  it('returns the documented shape with a 0–100 score', async () => {
    const { prompt, misconceptions, knowledge } = await realPrompt('partner-rate-limiting');
    const r = gradeAnswer({ prompt, answer: prompt.modelAnswers.average, misconceptions, knowledge });
    expect(GradeResultShape.safeParse(r).success).toBe(true);
    expect(r.prompt).toBe('partner-rate-limiting');
    expect(r.criteria.map((c) => c.id)).toEqual(prompt.criteria.map((c) => c.id));
    expect(r.wordCount).toBeGreaterThan(100);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t \n'],
    ['punctuation only', '... ??? !!! — ; : ,'],
    ['markdown only', '# \n\n- \n- \n\n**  **'],
    ['off-topic', 'My favourite colour is green and I enjoy hiking on weekends.'],
    ['emoji and unicode', '🚀 ＡＬＢ ñ 中文 \u0000 \uFFFF'],
  ])('does not crash on %s input and gives a miss with help', async (_name, answer) => {
    const { prompt, misconceptions, knowledge } = await realPrompt('apigw-vs-alb');
    const r = gradeAnswer({ prompt, answer, misconceptions, knowledge });
    expect(r.verdict).toBe('miss');
    expect(r.score).toBe(0);
    expect(r.traps).toEqual([]);
    expect(r.criteria.every((c) => c.level === 'miss' && c.next !== null)).toBe(true);
  });

  it('copes with a huge answer (50,000 words, one unpunctuated run)', async () => {
    const { prompt, misconceptions, knowledge } = await realPrompt('apigw-vs-alb');
    const huge = `${prompt.modelAnswers.great} `.repeat(60);
    const run = 'the alb can route on host header and path pattern '.repeat(5000);
    for (const answer of [huge, run]) {
      const r = gradeAnswer({ prompt, answer, misconceptions, knowledge });
      expect(r.wordCount).toBeGreaterThan(20000);
      expect(['miss', 'meets', 'delights']).toContain(r.verdict);
    }
  });

  it('is reachable through the Grader seam', async () => {
    const { prompt, misconceptions, knowledge } = await realPrompt('apigw-vs-alb');
    const input = { prompt, answer: prompt.modelAnswers.average, misconceptions, knowledge };
    expect(ruleBasedGrader.id).toBe('rule-based');
    await expect(ruleBasedGrader.grade(input)).resolves.toEqual(gradeAnswer(input));
  });
});
