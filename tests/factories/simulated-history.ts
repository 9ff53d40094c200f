import { randomUUID } from 'node:crypto';
import { DEFAULT_FSRS_PARAMETERS } from '../../lib/core/scheduler/fsrs';
import { simulateLearner } from '../../lib/core/scheduler/optimizer/simulate-learner';
import { scheduleReview } from '../../lib/core/scheduler/schedule-review';
import { DEFAULT_SCHEDULER_SETTINGS, GRADES, PHASES, type ReviewState } from '../../lib/core/scheduler/types';
import { createSeededRandom } from '../../lib/core/seeded-random';

/**
 * The memory of the simulated learner (ADR 032): FSRS-6 with parameters far from the defaults — it
 * forgets new cards about four times faster (w0–w3), gains less stability per success (w8) and its
 * forgetting curve is steeper (decay w20 0.5).
 */
export const SIMULATED_TRUE_PARAMETERS: readonly number[] = DEFAULT_FSRS_PARAMETERS.map((w, i) =>
  i === 0 ? 0.05 : i === 1 ? 0.2 : i === 2 ? 0.5 : i === 3 ? 2 : i === 8 ? 1.0 : i === 20 ? 0.5 : w,
);

export type SimulatedLogRow = {
  id: string;
  userId: string;
  cardId: string;
  reviewId: string;
  grade: number;
  source: string;
  reviewedAt: Date;
  phaseBefore: number;
  elapsedDays: number;
  before: string | null;
  after: string;
};

/**
 * ReviewLog rows of the simulated learner studying `cardIds` for `days` days (seeded), with the
 * states the app (default parameters) would have written, ending before `end`.
 */
export function simulatedHistoryRows(
  userId: string,
  cardIds: readonly string[],
  opts: { days: number; end: Date; seed: string; newPerDay?: number },
): SimulatedLogRow[] {
  const start = new Date(opts.end.getTime() - (opts.days + 1) * 86_400_000);
  const answers = simulateLearner({
    trueParameters: SIMULATED_TRUE_PARAMETERS,
    cards: cardIds.length,
    newPerDay: opts.newPerDay ?? 10,
    days: opts.days,
    start,
    random: createSeededRandom(opts.seed),
  });
  const states = new Map<string, ReviewState>();
  return answers.map((a) => {
    const cardId = cardIds[Number(a.cardId.slice('sim-'.length))]!;
    const before = states.get(cardId) ?? null;
    const { state, log } = scheduleReview(before, a.grade, a.reviewedAt, DEFAULT_SCHEDULER_SETTINGS);
    states.set(cardId, state);
    return {
      id: randomUUID(),
      userId,
      cardId,
      reviewId: randomUUID(),
      grade: GRADES.indexOf(a.grade) + 1,
      source: 'review',
      reviewedAt: a.reviewedAt,
      phaseBefore: PHASES.indexOf(log.phaseBefore),
      elapsedDays: log.elapsedDays,
      before: before ? JSON.stringify(before) : null,
      after: JSON.stringify(state),
    };
  });
}
