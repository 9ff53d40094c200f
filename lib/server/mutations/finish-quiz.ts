import 'server-only';
import { summarizeQuiz } from '@/lib/core/quiz/summarize-quiz';
import { db } from '../db';
import type { QuizAttemptRecord } from '../queries/get-quiz-attempt';

/** Closes a quiz and stores its score; closing twice keeps the first result. */
export async function finishQuiz(attempt: QuizAttemptRecord, now: Date): Promise<{ score: number }> {
  if (attempt.finishedAt && attempt.score !== null) return { score: attempt.score };
  const summary = summarizeQuiz(
    attempt.questions,
    attempt.questions.map((_, i) => attempt.answers.get(i) ?? null),
  );
  await db.quizAttempt.updateMany({ where: { id: attempt.id, finishedAt: null }, data: { finishedAt: now, score: summary.score } });
  return { score: summary.score };
}
