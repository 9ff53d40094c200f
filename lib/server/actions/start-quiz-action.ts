'use server';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser } from '../auth';
import { startQuiz } from '../mutations/start-quiz';

/** Starts a quiz for the signed-in learner (see startQuiz). */
export async function startQuizAction(input: unknown): Promise<ActionResult<{ attemptId: string }>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  return startQuiz(user.id, input, new Date());
}
