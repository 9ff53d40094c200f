import { QuizAnswerError } from './quiz-answer-error';
import { QuizAnswerSchema } from './schema';
import type { CheckAnswerResult, QuizAnswer, QuizQuestion } from './types';

/**
 * Checks one answer against its question. Pure.
 *
 * - multiple-choice / scenario: `{ optionId }`, right when it is `correctOptionId`.
 * - true-false: `{ value }`, right when it equals `correct`.
 * - matching: `{ pairs: { [factId]: 'a'|'b'|'both' } }`; `partial` is the share of facts paired right and
 *   `correct` means all of them. A fact left out counts as wrong (the learner may give up on some).
 *
 * An answer that does not fit the question throws `QuizAnswerError` (see its file for why): not a valid
 * answer at all (`invalid-answer`), the kind for another question type (`wrong-answer-kind`), an option,
 * fact or target the question does not have (`unknown-option`, `unknown-fact`, `unknown-target`).
 */
export function checkAnswer(question: QuizQuestion, answer: QuizAnswer): CheckAnswerResult {
  const parsed = QuizAnswerSchema.safeParse(answer);
  if (!parsed.success) {
    throw new QuizAnswerError(
      'invalid-answer',
      'The answer must be { optionId }, { value } or { pairs }.',
      question.key,
    );
  }
  const given = parsed.data;
  const { explanation } = question;
  const missed = (correct: boolean) => (correct ? null : question.misconception);

  switch (question.type) {
    case 'multiple-choice':
    case 'scenario': {
      if (!('optionId' in given)) throw wrongKind(question, '{ optionId }');
      const option = question.options.find((o) => o.id === given.optionId);
      if (!option) {
        throw new QuizAnswerError(
          'unknown-option',
          `Option ${given.optionId} is not one of this question's options.`,
          question.key,
        );
      }
      const correct = option.id === question.correctOptionId;
      return { correct, explanation, fellFor: option.misconception ?? missed(correct) };
    }
    case 'true-false': {
      if (!('value' in given)) throw wrongKind(question, '{ value }');
      const correct = given.value === question.correct;
      return { correct, explanation, fellFor: missed(correct) };
    }
    case 'matching': {
      if (!('pairs' in given)) throw wrongKind(question, '{ pairs }');
      const factIds = new Set(question.facts.map((f) => f.id));
      const targetIds = new Set<string>(question.targets.map((t) => t.id));
      for (const [factId, target] of Object.entries(given.pairs)) {
        if (!factIds.has(factId)) {
          throw new QuizAnswerError(
            'unknown-fact',
            `Fact ${factId} is not one of this question's facts.`,
            question.key,
          );
        }
        if (!targetIds.has(target)) {
          throw new QuizAnswerError('unknown-target', `"${target}" is not offered by this question.`, question.key);
        }
      }
      const right = question.facts.filter((f) => given.pairs[f.id] === question.correctPairs[f.id]).length;
      const partial = question.facts.length === 0 ? 0 : right / question.facts.length;
      const correct = question.facts.length > 0 && right === question.facts.length;
      return { correct, partial, explanation, fellFor: missed(correct) };
    }
  }
}

function wrongKind(question: QuizQuestion, expected: string): QuizAnswerError {
  return new QuizAnswerError(
    'wrong-answer-kind',
    `A ${question.type} question takes an answer of the form ${expected}.`,
    question.key,
  );
}
