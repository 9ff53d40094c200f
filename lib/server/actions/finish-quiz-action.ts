'use server';
import { z } from 'zod';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser } from '../auth';
import { finishQuiz } from '../mutations/finish-quiz';
import { getQuizAttempt } from '../queries/get-quiz-attempt';

/** Ends a quiz (the learner is done, or the clock ran out) and stores the score. */
export async function finishQuizAction(input: unknown): Promise<ActionResult<{ score: number }>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  const parsed = z.strictObject({ attemptId: z.string().min(1).max(100) }).safeParse(input);
  if (!parsed.success) return fail('invalid_input', 'No such quiz.');
  const attempt = await getQuizAttempt(user.id, parsed.data.attemptId);
  if (!attempt) return fail('not_found', 'No such quiz.');
  return { ok: true, data: await finishQuiz(attempt, new Date()) };
}
