import 'server-only';
import { markdownToSafeHtml, type SafeHtml } from '@/lib/markdown/to-safe-html';
import type { QuizQuestion } from '@/lib/core/quiz/types';

/**
 * A question as shown before it is answered: what to ask, without the answer or the per-option reasons.
 * Markdown arrives rendered (`promptHtml`, option `html`) so the quiz screen ships no Markdown parser.
 */
export type PublicQuestion =
  | (Base & { type: 'multiple-choice' | 'scenario'; options: { id: string; html: SafeHtml }[] })
  | (Base & { type: 'true-false' })
  | (Base & {
      type: 'matching';
      facts: { id: string; text: string }[];
      targets: { id: 'a' | 'b' | 'both'; label: string }[];
    });

type Base = { key: string; promptHtml: SafeHtml };

/**
 * Strips everything that would give the answer away (timed tests show no feedback until the end),
 * the question's dimension included: naming it in the header either repeats the prompt ("Which describes
 * ALB's routing?") or, for a scenario or hand-written item, tells which dimension decides the answer.
 * Rule: a question's dimension is shown only with its feedback (`QuizFeedback.dimension`) and in the results.
 */
export function toPublicQuestion(question: QuizQuestion): PublicQuestion {
  const base = { key: question.key, promptHtml: markdownToSafeHtml(question.prompt) };
  switch (question.type) {
    case 'multiple-choice':
    case 'scenario':
      return {
        ...base,
        type: question.type,
        options: question.options.map(({ id, text }) => ({ id, html: markdownToSafeHtml(text) })),
      };
    case 'true-false':
      return { ...base, type: 'true-false' };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        facts: question.facts.map(({ id, text }) => ({ id, text })),
        targets: question.targets,
      };
  }
}
