import { z } from 'zod';
import { GRADES } from '@/lib/core/scheduler/types';

/** A client-generated idempotency key (UUIDs and similar). */
export const ReviewIdSchema = z
  .string({ message: 'reviewId is required.' })
  .regex(/^[A-Za-z0-9_-]{8,100}$/, { message: 'reviewId must be 8–100 letters, digits, - or _.' });

export const RecordReviewBodySchema = z.strictObject({
  cardId: z.string({ message: 'cardId is required.' }).min(1, { message: 'cardId is required.' }).max(200),
  grade: z.enum(GRADES, { message: 'grade must be one of again, hard, good, easy.' }),
  reviewId: ReviewIdSchema,
  durationMs: z.number().int().min(0).max(86_400_000).optional(),
});

export const UndoReviewBodySchema = z.strictObject({ reviewId: ReviewIdSchema });
