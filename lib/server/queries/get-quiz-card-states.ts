import 'server-only';
import { getRetrievability } from '@/lib/core/scheduler/get-retrievability';
import type { QuizCardState } from '@/lib/core/quiz/types';
import { db } from '../db';
import { rowToReviewState } from '../review-state-row';
import { getStudySettings } from './get-study-settings';

/** What quiz selection needs per card: recall probability now, lapses, due; plus the traps the learner fell for lately. */
export async function getQuizCardStates(
  userId: string,
  now: Date,
): Promise<{ cardStates: Map<string, QuizCardState>; fellFor: Set<string> }> {
  const [settings, rows, fell] = await Promise.all([
    getStudySettings(userId),
    db.reviewState.findMany({ where: { userId } }),
    db.quizAnswer.findMany({
      where: { attempt: { userId }, fellFor: { not: null }, answeredAt: { gte: new Date(now.getTime() - 90 * 86_400_000) } },
      select: { fellFor: true },
    }),
  ]);
  const cardStates = new Map<string, QuizCardState>(
    rows.map((row) => {
      const state = rowToReviewState(row);
      return [row.cardId, { retrievability: getRetrievability(state, now, settings.scheduler), lapses: row.lapses, due: row.due }];
    }),
  );
  return { cardStates, fellFor: new Set(fell.flatMap((f) => (f.fellFor ? [f.fellFor] : []))) };
}
