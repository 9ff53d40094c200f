'use server';
import { z } from 'zod';
import { AttemptIdSchema } from '@/lib/core/mock/schema';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser } from '../auth';
import { requeueMockGaps } from '../mutations/requeue-mock-gaps';

const InputSchema = z.strictObject({ attemptId: AttemptIdSchema });

/** "Add my gaps to review": the cards behind an attempt's missed criteria and traps come due now. */
export async function requeueMockGapsAction(input: unknown): Promise<ActionResult<{ cardIds: string[] }>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  const parsed = InputSchema.safeParse(input);
  if (!parsed.success) return fail('not_found', 'No such attempt.');
  const result = await requeueMockGaps(user.id, parsed.data.attemptId, new Date());
  return result.ok ? result : fail(result.code, result.message);
}
