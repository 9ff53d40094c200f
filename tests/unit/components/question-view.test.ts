// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuestionView } from '@/components/quiz/question-view';
import { targetLabel } from '@/components/quiz/target-label';
import type { QuizFeedback } from '@/lib/server/quiz-view/feedback-for';
import type { PublicQuestion } from '@/lib/server/quiz-view/to-public-question';
import type { SafeHtml } from '@/lib/markdown/to-safe-html';

afterEach(cleanup);

const matching: PublicQuestion = {
  key: 'item:quiz.match',
  promptHtml: '<p>Does each belong to API Gateway (a), ALB (b), or both?</p>' as SafeHtml,
  type: 'matching',
  facts: [
    { id: 'fact-1', text: 'Usage plans' },
    { id: 'fact-2', text: 'OIDC listener action' },
    { id: 'fact-3', text: 'Shield Standard' },
  ],
  targets: [
    { id: 'a', label: 'API Gateway' },
    { id: 'b', label: 'ALB' },
    { id: 'both', label: 'Both' },
  ],
};
const pairs = { 'fact-1': 'a', 'fact-2': 'a', 'fact-3': 'b' } as const;
const feedback: QuizFeedback = {
  correct: false,
  partial: 1 / 3,
  explanationHtml: '<p>Because.</p>' as SafeHtml,
  chosen: { pairs },
  fellFor: null,
  sources: [],
  dimension: 'auth',
  type: 'matching',
  correctPairs: { 'fact-1': 'a', 'fact-2': 'b', 'fact-3': 'both' },
};
const view = (fb: QuizFeedback | null) =>
  render(
    createElement(QuestionView, {
      question: matching,
      choice: null,
      pairs: { ...pairs },
      onChoose: () => {},
      onPair: () => {},
      feedback: fb,
      disabled: fb !== null,
    }),
  );
const fact = (name: string) => screen.getByRole('group', { name });

describe('QuestionView: matching', () => {
  it('labels the targets with the letters the prompt uses, (a) and (b)', () => {
    view(null);
    const group = fact('Usage plans');
    expect(within(group).getByLabelText('API Gateway (a)')).toBeTruthy();
    expect(within(group).getByLabelText('ALB (b)')).toBeTruthy();
    expect(within(group).getByLabelText('Both')).toBeTruthy();
    expect(targetLabel({ id: 'both', label: 'Both' })).toBe('Both');
    expect(screen.queryByText(/your pick|right answer/)).toBeNull();
  });

  it('after feedback marks each wrong pick as well as the right answer, and leaves right picks unmarked as wrong', () => {
    view(feedback);
    const right = fact('Usage plans');
    expect(within(right).getByText(/right answer/)).toBeTruthy();
    expect(within(right).queryByText(/your pick/)).toBeNull();

    const wrong = fact('OIDC listener action');
    expect(
      within(wrong)
        .getByText(/✗ your pick/)
        .closest('label')?.textContent,
    ).toContain('API Gateway (a)');
    expect(
      within(wrong)
        .getByText(/right answer/)
        .closest('label')?.textContent,
    ).toContain('ALB (b)');

    const wrongToo = fact('Shield Standard');
    expect(
      within(wrongToo)
        .getByText(/✗ your pick/)
        .closest('label')?.textContent,
    ).toContain('ALB (b)');
    expect(screen.getAllByText(/✗ your pick/)).toHaveLength(2);
  });
});
