import { describe, expect, it } from 'vitest';
import { planGapReviews } from '@/lib/core/mock/plan-gap-reviews';
import type { GapCard } from '@/lib/core/mock/types';

const NOW = new Date('2026-03-10T15:00:00Z'); // 15:00 in UTC, after the 04:00 rollover
const criterion = (n: number, id = 'routing'): GapCard => ({
  cardId: `c${n}`,
  reason: { kind: 'criterion', id, title: id },
});
const trap = (id: string): GapCard => ({ cardId: `misconception.${id}`, reason: { kind: 'trap', id } });
const base = { now: NOW, timeZone: 'UTC', dayStartHour: 4, interviewDate: null };
const dueOf = (plan: { cardId: string; due: Date | null }[]) =>
  Object.fromEntries(plan.map((p) => [p.cardId, p.due?.toISOString() ?? null]));

describe('planGapReviews', () => {
  it('49 gap cards at 20 a day: 20 due now, 20 tomorrow at the day start, 9 the day after', () => {
    const gaps = Array.from({ length: 49 }, (_, i) => criterion(i));
    const plan = planGapReviews({ ...base, gaps, perDay: 20 });
    const perInstant = new Map<string, number>();
    for (const p of plan) perInstant.set(p.due!.toISOString(), (perInstant.get(p.due!.toISOString()) ?? 0) + 1);
    expect([...perInstant]).toEqual([
      [NOW.toISOString(), 20],
      ['2026-03-11T04:00:00.000Z', 20],
      ['2026-03-12T04:00:00.000Z', 9],
    ]);
  });

  it('puts asserted traps first, then missed criteria, each in the order given', () => {
    const gaps = [criterion(1), criterion(2), trap('alb-has-no-auth'), criterion(3), trap('serverless-means-better')];
    const plan = planGapReviews({ ...base, gaps, perDay: 2 });
    expect(plan.map((p) => p.cardId)).toEqual([
      'misconception.alb-has-no-auth',
      'misconception.serverless-means-better',
      'c1',
      'c2',
      'c3',
    ]);
    expect(dueOf(plan)).toEqual({
      'misconception.alb-has-no-auth': NOW.toISOString(),
      'misconception.serverless-means-better': NOW.toISOString(),
      c1: '2026-03-11T04:00:00.000Z',
      c2: '2026-03-11T04:00:00.000Z',
      c3: '2026-03-12T04:00:00.000Z',
    });
  });

  it('plans nothing on or after the interview day: the rest is left for later, not dropped', () => {
    // interview on 12 March (midnight UTC): study days of 10 and 11 March start before it
    const gaps = Array.from({ length: 7 }, (_, i) => criterion(i));
    const plan = planGapReviews({ ...base, gaps, perDay: 3, interviewDate: new Date('2026-03-12T00:00:00Z') });
    expect(plan).toHaveLength(7);
    expect(plan.map((p) => p.due?.toISOString() ?? null)).toEqual([
      NOW.toISOString(),
      NOW.toISOString(),
      NOW.toISOString(),
      '2026-03-11T04:00:00.000Z',
      '2026-03-11T04:00:00.000Z',
      '2026-03-11T04:00:00.000Z',
      null,
    ]);
  });

  it('an interview later today still gets today’s share; a past interview is no limit', () => {
    const gaps = Array.from({ length: 3 }, (_, i) => criterion(i));
    const tonight = planGapReviews({ ...base, gaps, perDay: 1, interviewDate: new Date('2026-03-10T18:00:00Z') });
    expect(tonight.map((p) => p.due?.toISOString() ?? null)).toEqual([NOW.toISOString(), null, null]);
    const past = planGapReviews({ ...base, gaps, perDay: 1, interviewDate: new Date('2026-03-01T00:00:00Z') });
    expect(past.every((p) => p.due !== null)).toBe(true);
  });

  it('cards already due today stay today without taking a slot', () => {
    const gaps = [criterion(1), criterion(2), criterion(3)];
    const plan = planGapReviews({ ...base, gaps, perDay: 1, dueToday: new Set(['c2']) });
    expect(dueOf(plan)).toEqual({ c1: NOW.toISOString(), c2: NOW.toISOString(), c3: '2026-03-11T04:00:00.000Z' });
  });

  it('follows the learner’s time zone and day start (before the rollover it is still yesterday)', () => {
    // 02:30 in Berlin (01:30 UTC) with the day starting at 04:00: "today" ends at 04:00 Berlin = 03:00 UTC
    const early = new Date('2026-03-10T01:30:00Z');
    const plan = planGapReviews({
      ...base,
      now: early,
      timeZone: 'Europe/Berlin',
      gaps: [criterion(1), criterion(2)],
      perDay: 1,
    });
    expect(plan.map((p) => p.due?.toISOString())).toEqual([early.toISOString(), '2026-03-10T03:00:00.000Z']);
  });

  it('a daily limit of 0 still plans one card a day; inputs are not mutated', () => {
    const gaps = Object.freeze([criterion(1), criterion(2)]);
    const plan = planGapReviews({ ...base, gaps, perDay: 0 });
    expect(plan.map((p) => p.due?.toISOString())).toEqual([NOW.toISOString(), '2026-03-11T04:00:00.000Z']);
    expect(gaps.every((g) => !('due' in g))).toBe(true);
  });
});
