import type { QuizQuestion } from './types';

/** A question as shown before it is answered: what to ask, without the answer or the per-option reasons. */
export type PublicQuestion =
  | (Base & { type: 'multiple-choice' | 'scenario'; options: { id: string; text: string }[] })
  | (Base & { type: 'true-false' })
  | (Base & { type: 'matching'; facts: { id: string; text: string }[]; targets: { id: 'a' | 'b' | 'both'; label: string }[] });

type Base = { key: string; prompt: string; dimension: string | null };

/** Strips everything that would give the answer away (timed tests show no feedback until the end). */
export function toPublicQuestion(question: QuizQuestion): PublicQuestion {
  const base = { key: question.key, prompt: question.prompt, dimension: question.dimension };
  switch (question.type) {
    case 'multiple-choice':
    case 'scenario':
      return { ...base, type: question.type, options: question.options.map(({ id, text }) => ({ id, text })) };
    case 'true-false':
      return { ...base, type: 'true-false' };
    case 'matching':
      return { ...base, type: 'matching', facts: question.facts.map(({ id, text }) => ({ id, text })), targets: question.targets };
  }
}
