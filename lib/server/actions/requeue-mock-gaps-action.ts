'use server';
import { z } from 'zod';
import { AttemptIdSchema } from '@/lib/core/mock/schema';
import { defineAction } from '../define-action';
import { requeueMockGaps } from '../mutations/requeue-mock-gaps';

/** "Add my gaps to review": the cards behind an attempt's missed criteria and traps come due now. */
export const requeueMockGapsAction = defineAction(
  {
    access: 'user',
    input: z.strictObject({ attemptId: AttemptIdSchema }),
    invalid: { ok: false, code: 'not_found', message: 'No such attempt.' },
  },
  ({ attemptId }, user) => requeueMockGaps(user.id, attemptId, new Date()),
);
