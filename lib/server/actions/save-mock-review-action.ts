'use server';
import { SaveReviewSchema } from '@/lib/core/mock/review';
import { type ActionResult } from '../action-result';
import { ClassIdSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { saveMockReview } from '../mutations/save-mock-review';
import { authorizeInstructor } from '../permissions/authorize-instructor';

const InputSchema = SaveReviewSchema.extend({ classId: ClassIdSchema });

/** An instructor sets their own level per criterion of a class member's attempt (see saveMockReview). */
export async function saveMockReviewAction(
  input: unknown,
): Promise<ActionResult<{ attemptId: string; updatedAt: string }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = InputSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { classId, ...review } = parsed.data;
  return saveMockReview(auth.data, classId, review);
}
