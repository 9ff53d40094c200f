import 'server-only';
import { getRetrievability } from '@/lib/core/scheduler/get-retrievability';
import { PHASES, type Phase } from '@/lib/core/scheduler/types';
import { dimensionMastery, type DimensionMastery } from '@/lib/core/stats/dimension-mastery';
import { reviewStreak } from '@/lib/core/stats/review-streak';
import { reviewsPerDay, type DayActivity } from '@/lib/core/stats/reviews-per-day';
import { trueRetention, type RetentionPoint } from '@/lib/core/stats/true-retention';
import { getContent } from '../content';
import { db } from '../db';
import { phaseFromNumber, REVIEW_STATE_SELECT, rowToReviewState } from '../review-state-row';
import { getDueForecast } from './get-due-forecast';
import { getStudiedDeckIds } from './get-studied-deck-ids';
import { getStudySettings } from './get-study-settings';

export type LearnerStats = {
  heatmap: DayActivity[];
  streak: { current: number; longest: number };
  totalReviews: number;
  forecast: { date: string; count: number }[];
  retentionByDay: RetentionPoint[];
  retentionByWeek: RetentionPoint[];
  cardsByState: Record<Phase, number>;
  mastery: { comparison: string; title: string; dimensions: DimensionMastery[] }[];
};

const DAY_MS = 86_400_000;

/** Everything the stats page charts, for one learner. */
export async function getStats(userId: string, now: Date): Promise<LearnerStats> {
  const settings = await getStudySettings(userId);
  const { timeZone, dayStartHour } = settings.study;
  const deckIds = await getStudiedDeckIds(userId, settings.study.deckIds);
  const [logs, states, studiedCards, forecast, content] = await Promise.all([
    db.reviewLog.findMany({
      where: { userId, undoneAt: null, reviewedAt: { gte: new Date(now.getTime() - 366 * DAY_MS) } },
      select: { reviewedAt: true, grade: true, phaseBefore: true },
    }),
    db.reviewState.findMany({
      where: { userId, card: { retiredAt: null } },
      select: REVIEW_STATE_SELECT,
    }),
    db.card.findMany({
      where: { retiredAt: null, decks: { some: { deckId: { in: deckIds } } } },
      select: { id: true, comparisonId: true, dimensionId: true },
    }),
    getDueForecast(userId, settings.study, now, 30),
    getContent(),
  ]);

  const events = logs.map((l) => ({ reviewedAt: l.reviewedAt, grade: l.grade, phaseBefore: phaseFromNumber(l.phaseBefore) }));
  const heatmap = reviewsPerDay(events, now, timeZone, dayStartHour, 365);
  const retrievability = new Map(states.map((s) => [s.cardId, getRetrievability(rowToReviewState(s), now, settings.scheduler)]));

  const cardsByState = Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;
  for (const s of states) cardsByState[phaseFromNumber(s.phase)] += 1;
  const studiedIds = new Set(studiedCards.map((c) => c.id));
  cardsByState.new += studiedCards.length - states.filter((s) => studiedIds.has(s.cardId)).length;

  const mastery = content.comparisons.map((comparison) => ({
    comparison: comparison.id,
    title: comparison.title,
    dimensions: dimensionMastery(
      studiedCards
        .filter((c) => c.comparisonId === comparison.id)
        .map((c) => ({ dimension: c.dimensionId, retrievability: retrievability.get(c.id) ?? null })),
      comparison.dimensions,
    ),
  }));

  return {
    heatmap,
    streak: reviewStreak(heatmap),
    totalReviews: logs.length,
    forecast,
    retentionByDay: trueRetention(events, timeZone, dayStartHour, 'day').slice(-30),
    retentionByWeek: trueRetention(events, timeZone, dayStartHour, 'week').slice(-26),
    cardsByState,
    mastery,
  };
}
