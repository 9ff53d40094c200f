import { describe, expect, it } from 'vitest';
import { summarizeQuiz } from '@/lib/core/quiz/summarize-quiz';
import { toPublicQuestion } from '@/lib/server/quiz-view/to-public-question';
import { feedbackFor } from '@/lib/server/quiz-view/feedback-for';
import type { QuizQuestion } from '@/lib/core/quiz/types';

const base = { prompt: 'p', comparison: 'c', misconception: null, explanation: 'e', sources: [] };
const mc = (key: string, dimension: string, cardIds: string[]): QuizQuestion => ({
  ...base,
  key,
  dimension,
  cardIds,
  type: 'multiple-choice',
  options: [
    { id: 'x', text: 'X', why: 'because' },
    { id: 'y', text: 'Y', why: 'no' },
  ],
  correctOptionId: 'x',
});
const matching: QuizQuestion = {
  ...base,
  key: 'm',
  dimension: 'auth',
  cardIds: ['c3'],
  type: 'matching',
  facts: [{ id: 'f1', text: 'OIDC' }],
  targets: [
    { id: 'a', label: 'API Gateway' },
    { id: 'b', label: 'ALB' },
  ],
  correctPairs: { f1: 'b' },
};

describe('summarizeQuiz', () => {
  it('scores, breaks down by dimension (weakest first) and lists the cards to review', () => {
    const s = summarizeQuiz(
      [mc('q1', 'auth', ['c1']), mc('q2', 'cost', ['c2']), matching, mc('q4', 'cost', ['c4'])],
      [{ correct: true, partial: null }, { correct: false, partial: null }, { correct: false, partial: 0.5 }, null],
    );
    expect(s).toEqual({
      total: 4,
      answered: 3,
      points: 1.5,
      score: 0.375,
      byDimension: [
        { dimension: 'cost', total: 2, points: 0, score: 0 },
        { dimension: 'auth', total: 2, points: 1.5, score: 0.75 },
      ],
      missedCardIds: ['c2', 'c3', 'c4'],
    });
  });
});

describe('toPublicQuestion', () => {
  it('removes the answer and the reasons', () => {
    const pub = toPublicQuestion(mc('q1', 'auth', ['c1']));
    expect(JSON.stringify(pub)).not.toMatch(/correct|because|why|cardIds/);
    expect(pub).toMatchObject({
      type: 'multiple-choice',
      options: [
        { id: 'x', html: '<p>X</p>' },
        { id: 'y', html: '<p>Y</p>' },
      ],
    });
    expect(JSON.stringify(toPublicQuestion(matching))).not.toContain('correctPairs');
  });

  it('does not name the dimension before the answer: the header must not tell which dimension decides', () => {
    const pub = toPublicQuestion(mc('q1', 'auth', ['c1']));
    expect(pub).not.toHaveProperty('dimension');
    expect(JSON.stringify(pub)).not.toContain('auth');
    const fb = feedbackFor(
      mc('q1', 'auth', ['c1']),
      { optionId: 'x' },
      { correct: true, explanation: 'E', fellFor: null },
    );
    expect(fb.dimension).toBe('auth');
  });
});
