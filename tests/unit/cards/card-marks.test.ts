import { describe, expect, it } from 'vitest';
import { applyMarkAction } from '@/lib/core/cards/apply-mark-action';
import { NO_MARK, type CardMark, type MarkAction } from '@/lib/core/cards/card-mark';
import { MarkActionSchema } from '@/lib/core/cards/card-mark-schema';
import { isCardHeld } from '@/lib/core/cards/is-card-held';
import { undoMarkAction } from '@/lib/core/cards/undo-mark-action';
import { buildQueue, type QueueCandidate } from '@/lib/core/scheduler/build-queue';
import { newReviewState } from '@/lib/core/scheduler/new-review-state';
import { studyDay } from '@/lib/core/scheduler/study-day';
import type { ReviewState } from '@/lib/core/scheduler/types';

const NOW = new Date('2026-03-10T10:00:00Z');
const NEXT_DAY = new Date('2026-03-11T04:00:00Z');

describe('applyMarkAction and undoMarkAction', () => {
  const cases: [string, CardMark, MarkAction, Partial<CardMark>][] = [
    ['suspend sets the date', NO_MARK, { type: 'suspend' }, { suspendedAt: NOW }],
    ['unsuspend clears it', { ...NO_MARK, suspendedAt: NOW }, { type: 'unsuspend' }, { suspendedAt: null }],
    ['bury hides until the next day start', NO_MARK, { type: 'bury' }, { buriedUntil: NEXT_DAY }],
    ['unbury clears it', { ...NO_MARK, buriedUntil: NEXT_DAY }, { type: 'unbury' }, { buriedUntil: null }],
    ['flag sets it', NO_MARK, { type: 'flag', flag: 3 }, { flag: 3 }],
    ['flag 0 clears it', { ...NO_MARK, flag: 5 }, { type: 'flag', flag: 0 }, { flag: 0 }],
  ];
  it.each(cases)('%s, and its undo restores the marks before', (_name, before, action, expected) => {
    const after = applyMarkAction(before, action, NOW, NEXT_DAY);
    expect(after).toMatchObject(expected);
    const undo = undoMarkAction(before, action, NOW);
    expect(undo).not.toBeNull();
    expect(applyMarkAction(after, undo!, NOW, NEXT_DAY)).toEqual(before);
  });

  it('a change that changes nothing has nothing to undo', () => {
    expect(undoMarkAction({ ...NO_MARK, suspendedAt: NOW }, { type: 'suspend' }, NOW)).toBeNull();
    expect(undoMarkAction(NO_MARK, { type: 'unbury' }, NOW)).toBeNull();
    expect(undoMarkAction({ ...NO_MARK, flag: 2 }, { type: 'flag', flag: 2 }, NOW)).toBeNull();
  });

  it('suspending again keeps the first date; the input is not changed', () => {
    const before = { ...NO_MARK, suspendedAt: new Date('2026-01-01T00:00:00Z') };
    expect(applyMarkAction(before, { type: 'suspend' }, NOW, NEXT_DAY).suspendedAt).toBe(before.suspendedAt);
    expect(applyMarkAction(NO_MARK, { type: 'suspend' }, NOW, NEXT_DAY)).not.toBe(NO_MARK);
    expect(NO_MARK.suspendedAt).toBeNull();
  });

  it('accepts Anki’s flags 0–7 only', () => {
    expect(MarkActionSchema.safeParse({ type: 'flag', flag: 7 }).success).toBe(true);
    expect(MarkActionSchema.safeParse({ type: 'flag', flag: 8 }).success).toBe(false);
    expect(MarkActionSchema.safeParse({ type: 'forget' }).success).toBe(false);
  });
});

describe('isCardHeld: a buried card comes back when the learner’s next study day starts', () => {
  it.each([
    // a bury at `buriedAt` in `zone` with rollover `hour`; held just before the next day start, not at it
    ['2026-03-10T10:00:00Z', 'UTC', 4, '2026-03-11T04:00:00.000Z'],
    ['2026-03-10T02:00:00Z', 'UTC', 4, '2026-03-10T04:00:00.000Z'], // before the rollover: still yesterday's day
    ['2026-03-10T23:30:00Z', 'America/New_York', 4, '2026-03-11T08:00:00.000Z'], // 19:30 local
    ['2026-03-10T16:00:00Z', 'Asia/Tokyo', 0, '2026-03-11T15:00:00.000Z'], // already the 11th in Tokyo
    ['2026-03-07T12:00:00Z', 'America/New_York', 4, '2026-03-08T08:00:00.000Z'], // the 23-hour DST day
  ])('buried at %s in %s (rollover %d) comes back at %s', (buriedAt, zone, hour, back) => {
    const now = new Date(buriedAt);
    const nextDayStart = studyDay(now, zone, hour).end;
    expect(nextDayStart.toISOString()).toBe(back);
    const mark = applyMarkAction(NO_MARK, { type: 'bury' }, now, nextDayStart);
    expect(isCardHeld(mark, now)).toBe(true);
    expect(isCardHeld(mark, new Date(nextDayStart.getTime() - 1))).toBe(true);
    expect(isCardHeld(mark, nextDayStart)).toBe(false);
  });

  it('a suspended card is held whatever the time; no mark holds nothing', () => {
    expect(isCardHeld({ ...NO_MARK, suspendedAt: NOW }, new Date('2099-01-01T00:00:00Z'))).toBe(true);
    expect(isCardHeld({ ...NO_MARK, flag: 1 }, NOW)).toBe(false);
    expect(isCardHeld(NO_MARK, NOW)).toBe(false);
  });
});

describe('buildQueue leaves held cards out', () => {
  const review = (due: string): ReviewState => ({
    ...newReviewState(NOW),
    phase: 'review',
    due: new Date(due),
    reps: 3,
    stability: 5,
  });
  const learning = (due: string): ReviewState => ({
    ...newReviewState(NOW),
    phase: 'learning',
    due: new Date(due),
    reps: 1,
  });
  const candidates: QueueCandidate[] = [
    { cardId: 'r1', state: review('2026-03-09T00:00:00Z'), order: 0 },
    { cardId: 'r2', state: review('2026-03-10T08:00:00Z'), order: 0 },
    { cardId: 'l1', state: learning('2026-03-10T09:59:00Z'), order: 0 },
    { cardId: 'l2', state: learning('2026-03-10T10:30:00Z'), order: 0 },
    { cardId: 'n1', state: null, order: 0 },
    { cardId: 'n2', state: null, order: 1 },
  ];
  const base = { candidates, now: NOW, dayEnd: NEXT_DAY, newLimit: 10 };

  it('suspended or buried reviews, learning and new cards are neither shown nor counted', () => {
    const all = buildQueue(base);
    expect(all.entries.map((e) => e.cardId).sort()).toEqual(['l1', 'n1', 'n2', 'r1', 'r2']);
    const held = buildQueue({ ...base, held: new Set(['r1', 'l2', 'n1']) });
    expect(held.entries.map((e) => e.cardId).sort()).toEqual(['l1', 'n2', 'r2']);
    expect(held.counts).toEqual({ new: 1, learning: 1, review: 1 });
    // the held learning card isn't "coming back today" either
    expect(held.nextDueToday).toBeNull();
    expect(all.nextDueToday?.toISOString()).toBe('2026-03-10T10:30:00.000Z');
  });

  it('a held new card does not use up the new-card limit', () => {
    const held = buildQueue({ ...base, newLimit: 1, held: new Set(['n1']) });
    expect(held.entries.filter((e) => e.kind === 'new').map((e) => e.cardId)).toEqual(['n2']);
  });
});
