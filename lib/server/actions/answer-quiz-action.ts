'use server';
import { defineAction } from '../define-action';
import { answerQuiz } from '../mutations/answer-quiz';
import { AnswerQuizSchema } from '../quiz-options';

/** Records one quiz answer for the signed-in learner (see answerQuiz). */
export const answerQuizAction = defineAction(
  { access: 'user', input: AnswerQuizSchema, invalid: 'That answer could not be read.' },
  (input, user) => answerQuiz(user.id, input, new Date()),
);
