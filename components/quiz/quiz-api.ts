/** Browser-side calls to the quiz JSON API: retries (withRetry) resend the same answer, which is idempotent per question. */
import { requestJson } from '@/lib/client/request-json';
import type { answerQuizAction } from '@/lib/server/actions/answer-quiz-action';
import type { QuizAnswer } from '@/lib/core/quiz/types';

export { ApiError, isBusy, withRetry } from '@/lib/client/request-json';

export type AnsweredQuestion = Extract<Awaited<ReturnType<typeof answerQuizAction>>, { ok: true }>['data'];

export function answerQuestion(
  attemptId: string,
  body: { questionIndex: number; answer: QuizAnswer; elapsedMs: number },
) {
  return requestJson<AnsweredQuestion>(`/api/quiz/${encodeURIComponent(attemptId)}/answer`, { body });
}
