import 'server-only';
import { checkAnswer } from '@/lib/core/quiz/check-answer';
import { feedbackFor, type QuizFeedback } from '@/lib/server/quiz-view/feedback-for';
import { gradeFromAnswer } from '@/lib/core/quiz/grade-from-answer';
import { QuizAnswerError } from '@/lib/core/quiz/quiz-answer-error';
import { fail, type ActionResult } from '../action-result';
import { isUniqueViolation } from '../is-unique-violation';
import { getQuizAttempt } from '../queries/get-quiz-attempt';
import { getStudySettings } from '../queries/get-study-settings';
import type { AnswerQuizInput } from '../quiz-options';
import { QUIZ_GRACE_MS, quizDeadline } from '../quiz-deadline';
import { storeQuizAnswer } from '../store-quiz-answer';
import { finishQuiz } from './finish-quiz';

/** Practice mode gets feedback at once; a timed test only learns that the answer was kept. */
export type AnswerQuizResult = { mode: 'practice'; feedback: QuizFeedback } | { mode: 'timed'; recorded: true };

/**
 * Records one quiz answer and feeds the scheduler: every card the question exercises gets a review
 * (wrong → Again; right → Good, or Hard if slow), written in the same transaction as the answer.
 * Idempotent per question: answering again returns the first answer's result and writes nothing.
 */
export async function answerQuiz(
  userId: string,
  input: AnswerQuizInput,
  now: Date,
): Promise<ActionResult<AnswerQuizResult>> {
  const { attemptId, questionIndex, answer, elapsedMs } = input;

  const attempt = await getQuizAttempt(userId, attemptId);
  if (!attempt) return fail('not_found', 'No such quiz.');
  const question = attempt.questions[questionIndex];
  if (!question) return fail('invalid_input', 'No such question in this quiz.');
  const reply = (
    a: typeof answer,
    correct: boolean,
    partial: number | null,
    fellFor: string | null,
  ): ActionResult<AnswerQuizResult> =>
    attempt.mode === 'timed'
      ? { ok: true, data: { mode: 'timed', recorded: true } }
      : {
          ok: true,
          data: {
            mode: 'practice',
            feedback: feedbackFor(question, a, {
              correct,
              partial: partial ?? undefined,
              explanation: question.explanation,
              fellFor,
            }),
          },
        };

  const stored = attempt.answers.get(questionIndex);
  if (stored) return reply(stored.answer, stored.correct, stored.partial, stored.fellFor);
  if (attempt.finishedAt) return fail('finished', 'This quiz is already finished.');
  const deadline = quizDeadline(attempt);
  if (deadline && now.getTime() > deadline.getTime() + QUIZ_GRACE_MS) {
    await finishQuiz(attempt, now);
    return fail('time_up', 'Time is up: this answer came after the end of the test.');
  }

  let result;
  try {
    result = checkAnswer(question, answer);
  } catch (error) {
    if (error instanceof QuizAnswerError) return fail('invalid_input', error.message);
    throw error;
  }
  const grade = gradeFromAnswer({ correct: result.correct, partial: result.partial, elapsedMs, type: question.type });
  const settings = (await getStudySettings(userId)).scheduler;
  const reviews = question.cardIds.map((cardId) => ({
    userId,
    cardId,
    grade,
    reviewId: `quiz-${attemptId}-${questionIndex}-${cardId}`,
    now,
    durationMs: elapsedMs,
    source: 'quiz' as const,
  }));
  try {
    await storeQuizAnswer(
      userId,
      {
        attemptId,
        questionIndex,
        answer: JSON.stringify(answer),
        correct: result.correct,
        partial: result.partial ?? null,
        elapsedMs,
        answeredAt: now,
        fellFor: result.fellFor,
      },
      reviews,
      settings,
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same answer arrived twice at once: the first one is the answer.
    const again = (await getQuizAttempt(userId, attemptId))?.answers.get(questionIndex);
    if (!again) throw error;
    return reply(again.answer, again.correct, again.partial, again.fellFor);
  }
  return reply(answer, result.correct, result.partial ?? null, result.fellFor);
}
