import { describe, expect, it } from 'vitest';
import { DEFAULT_FSRS_PARAMETERS } from '@/lib/core/scheduler/fsrs';
import { buildTrainingItems } from '@/lib/core/scheduler/optimizer/build-training-items';
import { decideAdoption } from '@/lib/core/scheduler/optimizer/decide-adoption';
import { parseFsrsParameters } from '@/lib/core/scheduler/optimizer/fsrs-parameters';
import { optimizationEligibility } from '@/lib/core/scheduler/optimizer/optimization-threshold';
import type { AnswerRecord } from '@/lib/core/scheduler/optimizer/types';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import { DEFAULT_SCHEDULER_SETTINGS } from '@/lib/core/scheduler/types';

const at = (iso: string) => new Date(iso);

describe('buildTrainingItems', () => {
  const answers: AnswerRecord[] = [
    { cardId: 'b', grade: 'good', reviewedAt: at('2026-03-02T10:00:00Z'), phaseBefore: 'new' },
    { cardId: 'a', grade: 'again', reviewedAt: at('2026-03-01T10:00:00Z'), phaseBefore: 'new' },
    { cardId: 'a', grade: 'good', reviewedAt: at('2026-03-01T10:10:00Z'), phaseBefore: 'learning' },
    { cardId: 'a', grade: 'good', reviewedAt: at('2026-03-03T09:00:00Z'), phaseBefore: 'review' },
    { cardId: 'a', grade: 'hard', reviewedAt: at('2026-03-08T03:00:00Z'), phaseBefore: 'review' },
    { cardId: 'b', grade: 'easy', reviewedAt: at('2026-03-06T10:00:00Z'), phaseBefore: 'review' },
    // Its history starts before the log (not at phase new): skipped.
    { cardId: 'c', grade: 'good', reviewedAt: at('2026-03-02T10:00:00Z'), phaseBefore: 'review' },
    { cardId: 'c', grade: 'good', reviewedAt: at('2026-03-09T10:00:00Z'), phaseBefore: 'review' },
  ];

  it('makes one item per answer on a later study day, with gaps in study days, in time order', () => {
    expect(buildTrainingItems(answers, 'UTC', 4)).toEqual([
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 2 },
        ],
      },
      {
        reviews: [
          { rating: 3, deltaT: 0 },
          { rating: 4, deltaT: 4 },
        ],
      },
      // 03:00 on the 8th is still the 7th's study day (the day starts at 4).
      {
        reviews: [
          { rating: 1, deltaT: 0 },
          { rating: 3, deltaT: 0 },
          { rating: 3, deltaT: 2 },
          { rating: 2, deltaT: 4 },
        ],
      },
    ]);
  });

  it('counts study days in the learner’s time zone', () => {
    const late = [
      { cardId: 'a', grade: 'good', reviewedAt: at('2026-03-01T20:00:00Z'), phaseBefore: 'new' },
      { cardId: 'a', grade: 'good', reviewedAt: at('2026-03-02T06:00:00Z'), phaseBefore: 'review' },
    ] satisfies AnswerRecord[];
    expect(buildTrainingItems(late, 'UTC', 4)).toHaveLength(1);
    // In Tokyo both are on the same study day (05:00 and 15:00 on the 2nd): nothing to predict.
    expect(buildTrainingItems(late, 'Asia/Tokyo', 4)).toEqual([]);
  });
});

describe('personal parameters reach the scheduler', () => {
  it('the same answer gets a different interval with parameters for a faster-forgetting learner', () => {
    const now = at('2026-03-01T10:00:00Z');
    const faster = DEFAULT_FSRS_PARAMETERS.map((w, i) => (i === 2 ? 0.5 : i === 3 ? 2 : w));
    const mine = scheduleReview(null, 'easy', now, { ...DEFAULT_SCHEDULER_SETTINGS, parameters: faster }).state;
    const defaults = scheduleReview(null, 'easy', now, DEFAULT_SCHEDULER_SETTINGS).state;
    expect(mine.stability).toBeCloseTo(2, 5);
    expect(defaults.stability).toBeCloseTo(DEFAULT_FSRS_PARAMETERS[3]!, 5);
    expect(mine.due.getTime()).toBeLessThan(defaults.due.getTime());
  });
});

describe('adoption, threshold and stored parameters', () => {
  it('adopts only when both log loss and RMSE are lower', () => {
    const current = { logLoss: 0.5, rmse: 0.1 };
    expect(decideAdoption(current, { logLoss: 0.49, rmse: 0.09 })).toBe(true);
    expect(decideAdoption(current, { logLoss: 0.49, rmse: 0.11 })).toBe(false);
    expect(decideAdoption(current, { logLoss: 0.5, rmse: 0.09 })).toBe(false);
  });

  it('offers the optimizer from 400 answers and says how many are missing below', () => {
    expect(optimizationEligibility(399)).toEqual({ eligible: false, needed: 1 });
    expect(optimizationEligibility(0)).toEqual({ eligible: false, needed: 400 });
    expect(optimizationEligibility(400)).toEqual({ eligible: true });
  });

  it('reads stored parameters only when they are 21 finite numbers', () => {
    expect(parseFsrsParameters(JSON.stringify(DEFAULT_FSRS_PARAMETERS))).toEqual(DEFAULT_FSRS_PARAMETERS);
    expect(parseFsrsParameters(null)).toBeNull();
    expect(parseFsrsParameters('[1,2,3]')).toBeNull();
    expect(parseFsrsParameters('not json')).toBeNull();
  });
});
