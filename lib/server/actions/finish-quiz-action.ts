'use server';
import { z } from 'zod';
import { fail } from '../action-result';
import { defineAction } from '../define-action';
import { finishQuiz } from '../mutations/finish-quiz';
import { getQuizAttempt } from '../queries/get-quiz-attempt';

const NO_SUCH_QUIZ = 'No such quiz.';

/** Ends a quiz (the learner is done, or the clock ran out) and stores the score. */
export const finishQuizAction = defineAction(
  {
    access: 'user',
    input: z.strictObject({ attemptId: z.string().min(1).max(100) }),
    invalid: fail('invalid_input', NO_SUCH_QUIZ),
  },
  async ({ attemptId }, user) => {
    const attempt = await getQuizAttempt(user.id, attemptId);
    if (!attempt) return fail('not_found', NO_SUCH_QUIZ);
    return { ok: true, data: await finishQuiz(attempt, new Date()) };
  },
);
