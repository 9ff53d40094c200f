'use server';
import { z } from 'zod';
import { StartMockSchema } from '@/lib/core/mock/schema';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser } from '../auth';
import { getContent } from '../content';
import { startMockAttempt } from '../mutations/start-mock-attempt';
import { getMockLengths } from '../queries/get-mock-lengths';

/** Starts a mock interview on a prompt, in interview or practice mode, with one of the offered lengths. */
export async function startMockAttemptAction(input: unknown): Promise<ActionResult<{ attemptId: string }>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  const parsed = StartMockSchema.safeParse(input);
  if (!parsed.success) return fail('invalid_input', 'Please choose a prompt, a mode and a length.', z.flattenError(parsed.error).fieldErrors);
  const { promptId, mode, timeLimitSec } = parsed.data;
  if (!(await getContent()).prompts.some((p) => p.id === promptId)) {
    return fail('invalid_input', 'Unknown prompt.', { promptId: ['Choose a prompt from the list.'] });
  }
  if (!getMockLengths().some((l) => l.seconds === timeLimitSec)) {
    return fail('invalid_input', 'Choose one of the lengths offered.', { timeLimitSec: ['Choose a length.'] });
  }
  return { ok: true, data: await startMockAttempt({ userId: user.id, promptId, mode, timeLimitSec, now: new Date() }) };
}
