'use server';
import { StartMockSchema } from '@/lib/core/mock/schema';
import { fail } from '../action-result';
import { getContent } from '../content';
import { defineAction } from '../define-action';
import { startMockAttempt } from '../mutations/start-mock-attempt';
import { getMockLengths } from '../queries/get-mock-lengths';

/** Starts a mock interview on a prompt, in interview or practice mode, with one of the offered lengths. */
export const startMockAttemptAction = defineAction(
  { access: 'user', input: StartMockSchema, invalid: 'Please choose a prompt, a mode and a length.' },
  async ({ promptId, mode, timeLimitSec }, user) => {
    if (!(await getContent()).prompts.some((p) => p.id === promptId)) {
      return fail('invalid_input', 'Unknown prompt.', { promptId: ['Choose a prompt from the list.'] });
    }
    if (!getMockLengths().some((l) => l.seconds === timeLimitSec)) {
      return fail('invalid_input', 'Choose one of the lengths offered.', { timeLimitSec: ['Choose a length.'] });
    }
    return { ok: true, data: await startMockAttempt({ userId: user.id, promptId, mode, timeLimitSec, now: new Date() }) };
  },
);
