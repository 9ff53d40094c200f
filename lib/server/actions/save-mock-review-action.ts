'use server';
import { SaveReviewSchema } from '@/lib/core/mock/review';
import { defineAction } from '../define-action';
import { ClassIdSchema } from '../instructor/instructor-input';
import { saveMockReview } from '../mutations/save-mock-review';

const InputSchema = SaveReviewSchema.extend({ classId: ClassIdSchema });

/** An instructor sets their own level per criterion of a class member's attempt (see saveMockReview). */
export const saveMockReviewAction = defineAction({ access: 'instructor', input: InputSchema }, ({ classId, ...review }, user) =>
  saveMockReview(user, classId, review),
);
