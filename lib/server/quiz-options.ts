import 'server-only';
import { z } from 'zod';
import { QuizAnswerSchema, QuizModeSchema } from '@/lib/core/quiz/schema';

/** Lengths of a timed test, in seconds; the 15-second one exists only with TEST_SHORT_TIMERS. */
export const TIMED_TEST_SECONDS = [120, 300, 600] as const;
export const SHORT_TEST_SECONDS = 15;

export const StartQuizSchema = z.strictObject({
  mode: z.enum(QuizModeSchema.options, { message: 'Choose practice or timed test.' }),
  count: z.number().int().min(3, { message: 'At least 3 questions.' }).max(30, { message: 'At most 30 questions.' }),
  deckId: z.string().min(1).max(200).optional(),
  dimension: z.string().min(1).max(100).optional(),
  weakOnly: z.boolean().optional(),
  timeLimitSec: z.number().int().positive().optional(),
});
export type StartQuizInput = z.infer<typeof StartQuizSchema>;

/** One answer to one question of a quiz, as the quiz player sends it. */
export const AnswerQuizSchema = z.strictObject({
  attemptId: z.string().min(1).max(100),
  questionIndex: z.number().int().min(0).max(100),
  answer: QuizAnswerSchema,
  elapsedMs: z.number().int().min(0).max(86_400_000),
});
export type AnswerQuizInput = z.infer<typeof AnswerQuizSchema>;
