import 'server-only';
import { QuizModeSchema, type QuizMode } from '@/lib/core/quiz/schema';
import { db } from '../db';

export type QuizHistoryEntry = {
  id: string;
  mode: QuizMode;
  startedAt: Date;
  finishedAt: Date | null;
  score: number | null;
  questions: number;
  answered: number;
};

/** The learner's quizzes, newest first. */
export async function getQuizHistory(userId: string, take = 50): Promise<QuizHistoryEntry[]> {
  const rows = await db.quizAttempt.findMany({
    where: { userId },
    orderBy: { startedAt: 'desc' },
    take,
    select: { id: true, mode: true, startedAt: true, finishedAt: true, score: true, questions: true, _count: { select: { answers: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    mode: QuizModeSchema.parse(r.mode),
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    score: r.score,
    questions: (JSON.parse(r.questions) as unknown[]).length,
    answered: r._count.answers,
  }));
}
