'use server';
import { defineAction } from '../define-action';
import { startQuiz } from '../mutations/start-quiz';
import { StartQuizSchema } from '../quiz-options';

/** Starts a quiz for the signed-in learner (see startQuiz). */
export const startQuizAction = defineAction({ access: 'user', input: StartQuizSchema }, (options, user) =>
  startQuiz(user.id, options, new Date()),
);
