'use server';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser } from '../auth';
import { answerQuiz, type AnswerQuizResult } from '../mutations/answer-quiz';

/** Records one quiz answer for the signed-in learner (see answerQuiz). */
export async function answerQuizAction(input: unknown): Promise<ActionResult<AnswerQuizResult>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  return answerQuiz(user.id, input, new Date());
}
