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
  | (Base & { type: 'matching'; facts: { id: string; text: string }[]; targets: { id: 'a' | 'b' | 'both'; label: string }[] });

type Base = { key: string; promptHtml: SafeHtml; dimension: string | null };

/** Strips everything that would give the answer away (timed tests show no feedback until the end). */
export function toPublicQuestion(question: QuizQuestion): PublicQuestion {
  const base = { key: question.key, promptHtml: markdownToSafeHtml(question.prompt), dimension: question.dimension };
  switch (question.type) {
    case 'multiple-choice':
    case 'scenario':
      return { ...base, type: question.type, options: question.options.map(({ id, text }) => ({ id, html: markdownToSafeHtml(text) })) };
    case 'true-false':
      return { ...base, type: 'true-false' };
    case 'matching':
      return { ...base, type: 'matching', facts: question.facts.map(({ id, text }) => ({ id, text })), targets: question.targets };
  }
}
