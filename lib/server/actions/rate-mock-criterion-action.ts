'use server';
import { RateCriterionSchema } from '@/lib/core/mock/schema';
import { defineAction } from '../define-action';
import { rateMockCriterion } from '../mutations/rate-mock-criterion';

/** The candidate agrees or disagrees with the level the grader gave one criterion of their attempt. */
export const rateMockCriterionAction = defineAction(
  { access: 'user', input: RateCriterionSchema, invalid: 'That rating could not be read.' },
  (input, user) => rateMockCriterion(user.id, input),
);
