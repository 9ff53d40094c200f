import { z } from 'zod';
import { defineRoute } from '@/lib/server/http/define-route';
import { answerQuiz } from '@/lib/server/mutations/answer-quiz';

const BodySchema = z.strictObject({
  questionIndex: z.number().int().min(0).max(100),
  answer: z.unknown(),
  elapsedMs: z.number().int().min(0).max(86_400_000),
});

/** Answers one question of one of the learner's quizzes (the JSON twin of answerQuizAction). Idempotent per question. */
export const POST = defineRoute(
  { auth: 'user', params: z.object({ attemptId: z.string().min(1).max(100) }), notFound: 'No such quiz.', body: BodySchema },
  ({ user, params, body, now }) => answerQuiz(user.id, { attemptId: params.attemptId, ...body }, now),
);
