import 'server-only';
import { z } from 'zod';
import { QuizAnswerSchema, QuizModeSchema, QuizQuestionSchema, type QuizMode } from '@/lib/core/quiz/schema';
import type { QuizAnswer, QuizQuestion } from '@/lib/core/quiz/types';
import { db } from '../db';

export type QuizAttemptRecord = {
  id: string;
  mode: QuizMode;
  startedAt: Date;
  timeLimitSec: number | null;
  finishedAt: Date | null;
  score: number | null;
  questions: QuizQuestion[];
  answers: Map<number, { answer: QuizAnswer; correct: boolean; partial: number | null; elapsedMs: number; fellFor: string | null }>;
};

const QuestionsSchema = z.array(QuizQuestionSchema);

/** One of the learner's quizzes with its answers, or null (unknown or someone else's). */
export async function getQuizAttempt(userId: string, attemptId: string): Promise<QuizAttemptRecord | null> {
  const row = await db.quizAttempt.findFirst({ where: { id: attemptId, userId }, include: { answers: true } });
  if (!row) return null;
  return {
    id: row.id,
    mode: QuizModeSchema.parse(row.mode),
    startedAt: row.startedAt,
    timeLimitSec: row.timeLimitSec,
    finishedAt: row.finishedAt,
    score: row.score,
    questions: QuestionsSchema.parse(JSON.parse(row.questions)),
    answers: new Map(
      row.answers.map((a) => [
        a.questionIndex,
        { answer: QuizAnswerSchema.parse(JSON.parse(a.answer)), correct: a.correct, partial: a.partial, elapsedMs: a.elapsedMs, fellFor: a.fellFor },
      ]),
    ),
  };
}
