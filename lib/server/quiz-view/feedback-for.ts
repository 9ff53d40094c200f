import 'server-only';
import { markdownToSafeHtml, type SafeHtml } from '@/lib/markdown/to-safe-html';
import type { CheckAnswerResult, QuizAnswer, QuizQuestion } from '@/lib/core/quiz/types';

/** What the learner sees after answering: right or wrong, the right answer, and why (Markdown rendered to HTML). */
export type QuizFeedback = {
  correct: boolean;
  /** Matching: share of pairs right. */
  partial: number | null;
  explanationHtml: SafeHtml;
  chosen: QuizAnswer;
  fellFor: string | null;
  /** Source ids of the question (resolved to links by the server). */
  sources: string[];
  /** The question's dimension id: named only once answered (see `toPublicQuestion`). */
  dimension: string | null;
} & (
  | { type: 'multiple-choice' | 'scenario'; correctOptionId: string; whyHtml: Record<string, SafeHtml> }
  | { type: 'true-false'; correctValue: boolean }
  | { type: 'matching'; correctPairs: Record<string, 'a' | 'b' | 'both'> }
);

export function feedbackFor(question: QuizQuestion, answer: QuizAnswer, result: CheckAnswerResult): QuizFeedback {
  const base = {
    correct: result.correct,
    partial: result.partial ?? null,
    explanationHtml: markdownToSafeHtml(result.explanation),
    chosen: answer,
    fellFor: result.fellFor,
    sources: question.sources,
    dimension: question.dimension,
  };
  switch (question.type) {
    case 'multiple-choice':
    case 'scenario':
      return {
        ...base,
        type: question.type,
        correctOptionId: question.correctOptionId,
        whyHtml: Object.fromEntries(question.options.map((o) => [o.id, markdownToSafeHtml(o.why)])),
      };
    case 'true-false':
      return { ...base, type: 'true-false', correctValue: question.correct };
    case 'matching':
      return { ...base, type: 'matching', correctPairs: question.correctPairs };
  }
}
