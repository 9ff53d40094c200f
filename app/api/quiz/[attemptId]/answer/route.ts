import { defineRoute } from '@/lib/server/http/define-route';
import { answerQuiz } from '@/lib/server/mutations/answer-quiz';
import { AnswerQuizSchema } from '@/lib/server/quiz-options';

/** Answers one question of one of the learner's quizzes (the JSON twin of answerQuizAction). Idempotent per question. */
export const POST = defineRoute(
  {
    auth: 'user',
    params: AnswerQuizSchema.pick({ attemptId: true }),
    notFound: 'No such quiz.',
    body: AnswerQuizSchema.omit({ attemptId: true }),
  },
  ({ user, params, body, now }) => answerQuiz(user.id, { ...params, ...body }, now),
);
