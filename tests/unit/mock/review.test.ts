import { describe, expect, it } from 'vitest';
import { LabelledExportSchema } from '@/lib/core/content/labels-schema';
import { buildLabelledExport, SaveReviewSchema, verdictFromLevels, type LabelSource } from '@/lib/core/mock/review';
import { scoreLevels } from '@/lib/core/rubric/verdict-scale';

const level = (l: 'miss' | 'meets' | 'delights', weight = 1) => ({ level: l, weight });

describe('the grader’s scale', () => {
  it('weighs levels into a score and a verdict: delights needs 70+ and at most one miss', () => {
    expect(scoreLevels([level('meets'), level('meets')])).toEqual({ score: 50, verdict: 'meets' });
    expect(scoreLevels([level('delights'), level('delights'), level('miss')])).toEqual({ score: 67, verdict: 'meets' });
    expect(scoreLevels([level('delights', 3), level('miss')])).toEqual({ score: 75, verdict: 'delights' });
    expect(scoreLevels([level('delights', 4), level('miss'), level('miss')]).verdict).toBe('meets');
    expect(verdictFromLevels([level('miss'), level('meets', 0.5)])).toBe('miss');
    expect(scoreLevels([])).toEqual({ score: 0, verdict: 'miss' });
  });

  it('delights in depth too: three criteria at delights, whatever the gaps elsewhere', () => {
    const deep = [
      level('delights'),
      level('delights'),
      level('delights'),
      level('miss'),
      level('miss'),
      level('meets'),
    ];
    expect(scoreLevels(deep)).toEqual({ score: 58, verdict: 'delights' });
    expect(scoreLevels(deep.slice(1)).verdict).toBe('meets');
  });
});

const source = (overrides: Partial<LabelSource>): LabelSource => ({
  attemptId: 'a1',
  promptId: 'p',
  answer: 'text',
  grader: {
    verdict: 'meets',
    traps: ['t1'],
    criteria: [
      { id: 'c1', level: 'meets' },
      { id: 'c2', level: 'miss' },
    ],
  },
  weights: { c1: 1, c2: 1 },
  review: null,
  disagreements: [],
  ...overrides,
});

describe('labelled answers from reviews and disagreements', () => {
  it('labels a reviewed answer with the instructor’s verdict and traps, and says what the grader said', () => {
    const out = buildLabelledExport([
      source({
        review: {
          verdict: 'delights',
          traps: [],
          criteria: [
            { criterionId: 'c1', level: 'delights', comment: 'sharp' },
            { criterionId: 'c2', level: 'delights', comment: null },
          ],
          comment: 'Strong.',
        },
      }),
    ]);
    expect(LabelledExportSchema.parse(out)).toEqual(out);
    expect(out.answers.a1).toMatchObject({ verdict: ['delights'], traps: [] });
    expect(out.answers.a1?.note).toMatch(
      /instructor review: c1=delights, c2=delights.*grader said meets.*traps: t1.*Strong\..*c1: sharp/,
    );
    expect(out.texts.a1).toBe('text');
  });

  it('says when the grader ruled the decision out (ADR 038), and says nothing of it otherwise', () => {
    const reviewed = {
      verdict: 'meets' as const,
      traps: [],
      criteria: [{ criterionId: 'c1', level: 'meets' as const, comment: null }],
      comment: null,
    };
    const out = buildLabelledExport([
      source({ attemptId: 'm', review: reviewed, grader: { ...source({}).grader, misfit: 'active-active' } }),
      source({ attemptId: 'f', review: reviewed }),
    ]);
    expect(out.answers.m?.note).toMatch(/grader said meets \(.*traps: t1; decision ruled out: active-active\)/);
    expect(out.answers.f?.note).not.toMatch(/ruled out/);
  });

  it('labels a disputed answer by the levels the candidate proposed, the grader’s elsewhere, and skips answers without either', () => {
    const out = buildLabelledExport([
      source({ attemptId: 'd', disagreements: [{ criterionId: 'c2', level: 'delights', comment: 'I did' }] }),
      source({ attemptId: 'vague', disagreements: [{ criterionId: 'c2', level: null, comment: null }] }),
      source({ attemptId: 'quiet' }),
      source({
        attemptId: 'other',
        promptId: 'q',
        disagreements: [{ criterionId: 'c1', level: 'miss', comment: null }],
      }),
    ]);
    // meets + delights = 75: delights
    expect(out.answers.d).toMatchObject({ verdict: ['delights'], traps: ['t1'] });
    expect(out.answers.d?.note).toContain('candidate disagreed');
    // no level proposed: the grader's levels (meets + miss = 25: miss)
    expect(out.answers.vague?.verdict).toEqual(['miss']);
    expect(out.answers.quiet).toBeUndefined();
    expect(out.prompt).toBe('p');
    expect(out.answers.other?.prompt).toBe('q');
    expect(out.answers.d?.prompt).toBeUndefined();
  });
});

describe('the review form’s input', () => {
  it('accepts one level per criterion and rejects duplicates, unknown levels and oversized comments', () => {
    const base = {
      attemptId: 'abcdefghij12',
      verdict: 'meets',
      criteria: [{ criterionId: 'c1', level: 'meets' }],
      traps: ['t', 't'],
    };
    expect(SaveReviewSchema.parse(base)).toMatchObject({ traps: ['t'], comment: null });
    expect(SaveReviewSchema.safeParse({ ...base, criteria: [...base.criteria, ...base.criteria] }).success).toBe(false);
    expect(SaveReviewSchema.safeParse({ ...base, verdict: 'great' }).success).toBe(false);
    expect(SaveReviewSchema.safeParse({ ...base, comment: 'x'.repeat(2001) }).success).toBe(false);
    expect(SaveReviewSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });
});
