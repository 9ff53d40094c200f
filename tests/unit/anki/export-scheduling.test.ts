import { describe, expect, it } from 'vitest';
import {
  ankiCollectionStart,
  ankiDayNumber,
  toAnkiCardScheduling,
  toAnkiRevlog,
  type CardSchedulingContext,
  type ExportAnswer,
} from '@/lib/core/anki/export-scheduling';
import { CARD_QUEUE, CARD_TYPE, REVLOG_TYPE } from '@/lib/core/anki/format';
import type { ReviewState } from '@/lib/core/scheduler/types';

const NOW = new Date('2026-03-10T10:00:00Z');
const UTC = { timeZone: 'UTC', dayStartHour: 4 };
const at = (iso: string) => new Date(iso);

function state(patch: Partial<ReviewState>): ReviewState {
  return {
    due: NOW,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    phase: 'new',
    lastReview: null,
    ...patch,
  };
}

const ctx = (patch: Partial<CardSchedulingContext> = {}): CardSchedulingContext => ({
  now: NOW,
  clock: UTC,
  startKey: '2026-03-01',
  position: 7,
  learningSteps: 2,
  relearningSteps: 1,
  ...patch,
});

describe('ankiCollectionStart and ankiDayNumber', () => {
  it('starts the collection at the rollover of the earliest instant’s study day, and counts study days from it', () => {
    const start = ankiCollectionStart([NOW, at('2026-03-01T03:00:00Z')], UTC);
    // 03:00 is before the 04:00 rollover: still the study day of 28 February.
    expect(start).toEqual({ crt: at('2026-02-28T04:00:00Z').getTime() / 1000, creationOffset: 0, key: '2026-02-28' });
    expect(ankiDayNumber(at('2026-02-28T23:00:00Z'), start.key, UTC)).toBe(0);
    expect(ankiDayNumber(at('2026-03-01T03:59:00Z'), start.key, UTC)).toBe(0);
    expect(ankiDayNumber(at('2026-03-01T04:00:00Z'), start.key, UTC)).toBe(1);
    expect(ankiDayNumber(NOW, start.key, UTC)).toBe(10);
  });

  it('gives the creation offset in minutes west of UTC, as Anki stores it, and counts local days across DST', () => {
    const berlin = { timeZone: 'Europe/Berlin', dayStartHour: 4 };
    const start = ankiCollectionStart([at('2026-03-20T12:00:00Z')], berlin);
    expect(start.creationOffset).toBe(-60); // UTC+1 in March before the change
    expect(start.crt).toBe(at('2026-03-20T03:00:00Z').getTime() / 1000);
    // 29 March is the DST change; 10 study days later is still day 10.
    expect(ankiDayNumber(at('2026-03-30T12:00:00Z'), start.key, berlin)).toBe(10);
    const ny = ankiCollectionStart([at('2026-01-05T12:00:00Z')], { timeZone: 'America/New_York', dayStartHour: 0 });
    expect(ny.creationOffset).toBe(300);
  });
});

describe('toAnkiCardScheduling', () => {
  it('maps a never-studied card to a new card at its deck position, with no memory state', () => {
    expect(toAnkiCardScheduling(null, null, ctx())).toEqual({
      type: CARD_TYPE.new,
      queue: CARD_QUEUE.new,
      due: 7,
      ivl: 0,
      factor: 0,
      reps: 0,
      lapses: 0,
      left: 0,
      flags: 0,
      data: '{}',
    });
  });

  it('maps a review card to a day number, its interval in days, and its FSRS memory in `data` rounded as Anki does', () => {
    const s = state({
      phase: 'review',
      due: at('2026-03-15T09:00:00Z'),
      lastReview: at('2026-03-05T09:30:00Z'),
      stability: 10.123456,
      difficulty: 5.4321,
      scheduledDays: 10,
      reps: 4,
      lapses: 1,
    });
    const out = toAnkiCardScheduling(s, null, ctx());
    expect(out).toMatchObject({ type: 2, queue: 2, due: 14, ivl: 10, factor: 2500, reps: 4, lapses: 1, left: 0 });
    expect(JSON.parse(out.data)).toEqual({ s: 10.1235, d: 5.432, lrt: at('2026-03-05T09:30:00Z').getTime() / 1000 });
  });

  it('puts a learning card due within a day in the learning queue (Unix seconds), and counts its remaining steps', () => {
    const s = state({
      phase: 'learning',
      due: at('2026-03-10T10:10:00Z'),
      lastReview: NOW,
      stability: 2.3,
      difficulty: 6,
      learningSteps: 1,
      reps: 1,
    });
    expect(toAnkiCardScheduling(s, null, ctx())).toMatchObject({
      type: 1,
      queue: 1,
      due: at('2026-03-10T10:10:00Z').getTime() / 1000,
      ivl: 0,
      left: 1,
    });
  });

  it('puts a relearning card whose step is a day or more in the day-learning queue, with its review interval', () => {
    const s = state({
      phase: 'relearning',
      due: at('2026-03-11T10:00:00Z'),
      lastReview: NOW,
      stability: 3.6,
      difficulty: 7,
      lapses: 2,
      reps: 9,
    });
    expect(toAnkiCardScheduling(s, null, ctx())).toMatchObject({
      type: 3,
      queue: 3,
      due: 10,
      ivl: 4,
      left: 1,
      lapses: 2,
    });
  });

  it('suspends, buries (only while the bury lasts) and flags as the learner marked the card', () => {
    const s = state({
      phase: 'review',
      due: NOW,
      lastReview: at('2026-03-01T10:00:00Z'),
      stability: 5,
      difficulty: 5,
      scheduledDays: 9,
    });
    expect(toAnkiCardScheduling(s, { suspended: true, buriedUntil: null, flag: 3 }, ctx())).toMatchObject({
      queue: CARD_QUEUE.suspended,
      flags: 3,
    });
    expect(
      toAnkiCardScheduling(s, { suspended: false, buriedUntil: at('2026-03-11T04:00:00Z'), flag: 0 }, ctx()).queue,
    ).toBe(CARD_QUEUE.userBuried);
    expect(
      toAnkiCardScheduling(s, { suspended: false, buriedUntil: at('2026-03-10T04:00:00Z'), flag: 0 }, ctx()).queue,
    ).toBe(CARD_QUEUE.review);
    expect(toAnkiCardScheduling(null, { suspended: true, buriedUntil: null, flag: 7 }, ctx())).toMatchObject({
      type: 0,
      queue: -1,
      flags: 7,
    });
  });
});

describe('toAnkiRevlog', () => {
  const learningAfter = state({
    phase: 'learning',
    due: at('2026-03-10T10:10:00Z'),
    lastReview: NOW,
    stability: 2,
    difficulty: 1,
  });
  const reviewAfter = state({
    phase: 'review',
    due: at('2026-03-13T10:11:00Z'),
    lastReview: at('2026-03-10T10:11:00Z'),
    stability: 3,
    difficulty: 10,
    scheduledDays: 3,
  });
  const answers: ExportAnswer[] = [
    // Given out of order, and two answers in the same millisecond.
    {
      cardId: 'b',
      reviewedAt: at('2026-03-10T10:11:00Z'),
      grade: 'good',
      durationMs: 125_000,
      phaseBefore: 'learning',
      before: learningAfter,
      after: reviewAfter,
    },
    {
      cardId: 'a',
      reviewedAt: NOW,
      grade: 'again',
      durationMs: 2500,
      phaseBefore: 'new',
      before: null,
      after: learningAfter,
    },
    {
      cardId: 'c',
      reviewedAt: NOW,
      grade: 'easy',
      durationMs: null,
      phaseBefore: 'review',
      before: reviewAfter,
      after: reviewAfter,
    },
    {
      cardId: 'd',
      reviewedAt: NOW,
      grade: 'hard',
      durationMs: -5,
      phaseBefore: 'relearning',
      before: null,
      after: learningAfter,
    },
  ];

  it('orders by time, makes ids unique millisecond times, and maps grade, intervals, difficulty, duration and kind', () => {
    const log = toAnkiRevlog(answers);
    expect(log.map((r) => [r.cardId, r.id])).toEqual([
      ['a', NOW.getTime()],
      ['c', NOW.getTime() + 1],
      ['d', NOW.getTime() + 2],
      ['b', at('2026-03-10T10:11:00Z').getTime()],
    ]);
    const [a, c, d, b] = log;
    expect(a).toMatchObject({ ease: 1, ivl: -600, lastIvl: 0, factor: 100, time: 2500, type: REVLOG_TYPE.learning });
    expect(b).toMatchObject({ ease: 3, ivl: 3, lastIvl: -600, factor: 1100, time: 60_000, type: REVLOG_TYPE.learning });
    expect(c).toMatchObject({ ease: 4, ivl: 3, lastIvl: 3, time: 0, type: REVLOG_TYPE.review });
    expect(d).toMatchObject({ ease: 2, time: 0, type: REVLOG_TYPE.relearning });
  });

  it('does not change its input', () => {
    const copy = structuredClone(answers);
    toAnkiRevlog(answers);
    expect(answers).toEqual(copy);
  });
});
