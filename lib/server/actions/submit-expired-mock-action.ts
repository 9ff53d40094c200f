'use server';
import { z } from 'zod';
import { AttemptIdSchema } from '@/lib/core/mock/schema';
import { defineAction } from '../define-action';
import { submitMockAttempt } from '../mutations/submit-mock-attempt';

/** Grades what was saved of an interview whose time ran out while its page was closed. */
export const submitExpiredMockAction = defineAction(
  {
    access: 'user',
    input: z.strictObject({ attemptId: AttemptIdSchema }),
    invalid: { ok: false, code: 'not_found', message: 'No such attempt.' },
  },
  ({ attemptId }, user) => submitMockAttempt(user.id, attemptId, { auto: true }, new Date()),
);
