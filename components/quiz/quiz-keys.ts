import type { KeyPress } from '@/components/ui/key-press';
import type { PublicQuestion } from '@/lib/server/quiz-view/to-public-question';
import { LETTERS, TRUE_FALSE } from './question-view';

export type QuizKeyAction = { type: 'next' } | { type: 'submit' } | { type: 'choose'; optionId: string };

/**
 * What a key press does in a quiz: Enter checks the answer, or after feedback moves on (left to
 * a focused button or link); 1–9 / A–E pick an option, T / F a true-false answer, until the
 * question is answered. Every action replaces the key's default.
 */
export function quizKeyAction(
  press: KeyPress,
  { question, answered, hasFeedback }: { question: PublicQuestion; answered: boolean; hasFeedback: boolean },
): QuizKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === 'Enter') {
    if (press.targetTag === 'BUTTON' || press.targetTag === 'A') return null;
    return hasFeedback ? { type: 'next' } : { type: 'submit' };
  }
  if (answered || question.type === 'matching') return null;
  const options = question.type === 'true-false' ? TRUE_FALSE : question.options;
  const key = press.key.toUpperCase();
  let i = /^[1-9]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key);
  if (question.type === 'true-false' && (key === 'T' || key === 'F')) i = key === 'T' ? 0 : 1;
  const option = options[i];
  return option ? { type: 'choose', optionId: option.id } : null;
}
