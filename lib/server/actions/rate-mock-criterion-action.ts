'use server';
import { z } from 'zod';
import { RateCriterionSchema } from '@/lib/core/mock/schema';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser } from '../auth';
import { rateMockCriterion, type CriterionRating } from '../mutations/rate-mock-criterion';

/** The candidate agrees or disagrees with the level the grader gave one criterion of their attempt. */
export async function rateMockCriterionAction(input: unknown): Promise<ActionResult<CriterionRating>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  const parsed = RateCriterionSchema.safeParse(input);
  if (!parsed.success) return fail('invalid_input', 'That rating could not be read.', z.flattenError(parsed.error).fieldErrors);
  const result = await rateMockCriterion(user.id, parsed.data);
  return result.ok ? result : fail(result.code, result.message);
}
