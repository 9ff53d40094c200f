import type { QuizQuestion } from './types';

export type AnsweredQuestion = { correct: boolean; partial: number | null } | null;

export type QuizSummary = {
  total: number;
  answered: number;
  /** Questions right; a matching question counts its share of pairs right. */
  points: number;
  score: number;
  byDimension: { dimension: string; total: number; points: number; score: number }[];
  /** Cards of questions answered wrong (or partly wrong, or unanswered): what to review next. */
  missedCardIds: string[];
};

/** Score and per-dimension breakdown of a quiz; `answers[i]` is question i's result or null if unanswered. */
export function summarizeQuiz(questions: readonly QuizQuestion[], answers: readonly AnsweredQuestion[]): QuizSummary {
  const byDimension = new Map<string, { total: number; points: number }>();
  const missed = new Set<string>();
  let points = 0;
  let answered = 0;
  questions.forEach((q, i) => {
    const a = answers[i] ?? null;
    const earned = a ? (a.correct ? 1 : (a.partial ?? 0)) : 0;
    if (a) answered += 1;
    points += earned;
    const dimension = q.dimension ?? 'general';
    const bucket = byDimension.get(dimension) ?? { total: 0, points: 0 };
    bucket.total += 1;
    bucket.points += earned;
    byDimension.set(dimension, bucket);
    if (earned < 1) for (const id of q.cardIds) missed.add(id);
  });
  const ratio = (p: number, t: number) => (t === 0 ? 0 : p / t);
  return {
    total: questions.length,
    answered,
    points,
    score: ratio(points, questions.length),
    byDimension: [...byDimension.entries()]
      .map(([dimension, b]) => ({ dimension, total: b.total, points: b.points, score: ratio(b.points, b.total) }))
      .sort((x, y) => x.score - y.score || x.dimension.localeCompare(y.dimension)),
    missedCardIds: [...missed],
  };
}
