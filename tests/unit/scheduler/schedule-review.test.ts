import { describe, expect, it } from 'vitest';
import { fsrs, generatorParameters, Rating, createEmptyCard } from 'ts-fsrs';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import { previewIntervals } from '@/lib/core/scheduler/preview-intervals';
import { getRetrievability } from '@/lib/core/scheduler/get-retrievability';
import { DEFAULT_SCHEDULER_SETTINGS, type ReviewState, type SchedulerSettings } from '@/lib/core/scheduler/types';

const NOW = new Date('2026-03-01T09:00:00Z');
const MIN = 60_000;
const DAY = 86_400_000;
const S: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS;

const after = (state: ReviewState | null, grades: Parameters<typeof scheduleReview>[1][], start = NOW, settings = S) => {
  let s = state;
  let t = start;
  for (const g of grades) {
    s = scheduleReview(s, g, t, settings).state;
    t = s.due;
  }
  return s!;
};

describe('scheduleReview', () => {
  it('takes a new card through the learning steps (1m, 10m) into review', () => {
    const again = scheduleReview(null, 'again', NOW, S);
    expect(again.state.phase).toBe('learning');
    expect(again.state.due.getTime() - NOW.getTime()).toBe(1 * MIN);
    expect(again.log).toMatchObject({ grade: 'again', phaseBefore: 'new', reviewedAt: NOW });

    const good = scheduleReview(null, 'good', NOW, S);
    expect(good.state.phase).toBe('learning');
    expect(good.state.due.getTime() - NOW.getTime()).toBe(10 * MIN);

    const graduated = scheduleReview(good.state, 'good', good.state.due, S);
    expect(graduated.state.phase).toBe('review');
    expect(graduated.state.scheduledDays).toBeGreaterThanOrEqual(1);

    const easy = scheduleReview(null, 'easy', NOW, S);
    expect(easy.state.phase).toBe('review');
    expect(easy.state.due.getTime() - NOW.getTime()).toBeGreaterThan(DAY);
  });

  it('sends a lapsed review card to relearning and counts the lapse', () => {
    const review = after(null, ['easy', 'good']);
    expect(review.phase).toBe('review');
    const lapse = scheduleReview(review, 'again', review.due, S).state;
    expect(lapse.phase).toBe('relearning');
    expect(lapse.lapses).toBe(1);
    expect(lapse.due.getTime() - review.due.getTime()).toBe(10 * MIN);
  });

  it('agrees with ts-fsrs itself for the same inputs', () => {
    const library = fsrs(generatorParameters({ enable_fuzz: true, enable_short_term: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
    const expected = library.next(createEmptyCard(NOW), NOW, Rating.Easy).card;
    const ours = scheduleReview(null, 'easy', NOW, S).state;
    expect(ours.due).toEqual(expected.due);
    expect(ours.stability).toBeCloseTo(expected.stability, 10);
    expect(ours.difficulty).toBeCloseTo(expected.difficulty, 10);
  });

  it('schedules shorter intervals when the desired retention is higher', () => {
    const grades = ['easy', 'good', 'good'] as const;
    const low = after(null, [...grades], NOW, { ...S, desiredRetention: 0.8 });
    const high = after(null, [...grades], NOW, { ...S, desiredRetention: 0.95 });
    expect(high.scheduledDays).toBeLessThan(low.scheduledDays);
  });

  it('never schedules past the maximum interval', () => {
    const capped = after(null, ['easy', 'easy', 'easy', 'easy', 'easy'], NOW, { ...S, maximumIntervalDays: 10 });
    expect(capped.scheduledDays).toBeLessThanOrEqual(10);
  });

  it('with an interview date, no card comes due after it', () => {
    const interviewDate = new Date(NOW.getTime() + 5 * DAY);
    const settings = { ...S, interviewDate };
    let state: ReviewState | null = null;
    let t = NOW;
    for (let i = 0; i < 6; i++) {
      state = scheduleReview(state, 'easy', t, settings).state;
      expect(state.due.getTime()).toBeLessThanOrEqual(interviewDate.getTime());
      if (state.due.getTime() >= interviewDate.getTime() - DAY) break;
      t = state.due;
    }
    const uncapped = scheduleReview(null, 'easy', NOW, S).state;
    const capped = scheduleReview(null, 'easy', NOW, { ...S, interviewDate: new Date(NOW.getTime() + 2 * DAY) }).state;
    expect(uncapped.due.getTime()).toBeGreaterThan(NOW.getTime() + 2 * DAY);
    expect(capped.due).toEqual(new Date(NOW.getTime() + DAY));
  });

  it('ignores an interview date in the past', () => {
    const past = { ...S, interviewDate: new Date(NOW.getTime() - DAY) };
    expect(scheduleReview(null, 'easy', NOW, past).state).toEqual(scheduleReview(null, 'easy', NOW, S).state);
  });

  it('is pure: same input, same output; the input state is not mutated', () => {
    const state = after(null, ['good', 'good']);
    const copy = structuredClone(state);
    const a = scheduleReview(state, 'hard', state.due, S);
    const b = scheduleReview(state, 'hard', state.due, S);
    expect(a).toEqual(b);
    expect(state).toEqual(copy);
  });
});

describe('previewIntervals', () => {
  it('labels each button with its next interval', () => {
    const preview = previewIntervals(null, NOW, S);
    expect(preview.again.label).toBe('1m');
    expect(preview.hard.label).toBe('6m');
    expect(preview.good.label).toBe('10m');
    expect(preview.easy.label).toMatch(/^\d+d$/);
  });
});

describe('getRetrievability', () => {
  it('is null for a new card and falls as time passes', () => {
    expect(getRetrievability(null, NOW, S)).toBeNull();
    const state = after(null, ['easy']);
    const soon = getRetrievability(state, state.due, S)!;
    const later = getRetrievability(state, new Date(state.due.getTime() + 30 * DAY), S)!;
    expect(soon).toBeGreaterThan(0.85);
    expect(later).toBeLessThan(soon);
  });
});
