/**
 * Thrown by `checkAnswer` when an answer does not fit its question: the wrong
 * kind of answer (an `optionId` for a true-false question), an option or fact
 * id the question does not have, or a target it does not offer.
 *
 * Why throw rather than return `correct: false`: a mismatched answer is a
 * client bug or a tampered request, not a wrong answer, and grading it would
 * schedule the learner's cards as forgotten. Callers (the quiz action) parse
 * input with `QuizAnswerSchema`, then catch this error and answer with a
 * 400-style `{ ok: false, code: 'bad-answer', message }` without recording anything.
 */
export type QuizAnswerErrorCode =
  'invalid-answer' | 'wrong-answer-kind' | 'unknown-option' | 'unknown-fact' | 'unknown-target';

export class QuizAnswerError extends Error {
  override readonly name = 'QuizAnswerError';

  constructor(
    readonly code: QuizAnswerErrorCode,
    message: string,
    readonly questionKey: string,
  ) {
    super(message);
  }
}
