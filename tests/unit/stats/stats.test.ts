import { describe, expect, it } from 'vitest';
import { dimensionMastery } from '@/lib/core/stats/dimension-mastery';
import { reviewStreak } from '@/lib/core/stats/review-streak';
import { reviewsPerDay } from '@/lib/core/stats/reviews-per-day';
import { trueRetention } from '@/lib/core/stats/true-retention';
import type { ReviewEvent } from '@/lib/core/stats/types';

const ev = (iso: string, grade: number, phaseBefore: ReviewEvent['phaseBefore'] = 'review'): ReviewEvent => ({
  reviewedAt: new Date(iso),
  grade,
  phaseBefore,
});

describe('reviewsPerDay', () => {
  it('buckets reviews by study day (rollover hour and zone) with 0–4 levels, oldest first', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    const days = reviewsPerDay(
      [ev('2026-03-10T05:00:00Z', 3), ev('2026-03-10T03:00:00Z', 3), ev('2026-03-09T10:00:00Z', 1), ev('2026-03-09T11:00:00Z', 3), ev('2026-03-08T10:00:00Z', 3), ev('2026-03-08T10:01:00Z', 3), ev('2026-03-08T10:02:00Z', 3), ev('2026-03-08T10:03:00Z', 3)],
      now,
      'UTC',
      4,
      3,
    );
    // 03:00 on the 10th still belongs to the 9th (day starts at 04:00).
    expect(days).toEqual([
      { date: '2026-03-08', count: 4, level: 4 },
      { date: '2026-03-09', count: 3, level: 3 },
      { date: '2026-03-10', count: 1, level: 1 },
    ]);
  });
});

describe('reviewStreak', () => {
  const days = (counts: number[]) => counts.map((count) => ({ count }));
  it.each([
    [[1, 1, 0, 1, 1, 1], 3, 3],
    [[1, 1, 1, 0, 1, 0], 1, 3], // today not done yet: the streak still counts up to yesterday
    [[1, 0, 0], 0, 1],
    [[], 0, 0],
  ])('%j -> current %d, longest %d', (counts, current, longest) => {
    expect(reviewStreak(days(counts))).toEqual({ current, longest });
  });
});

describe('trueRetention', () => {
  it('counts only answers to cards in review, passing everything but Again, per day and per week', () => {
    const events = [
      ev('2026-03-09T10:00:00Z', 3),
      ev('2026-03-09T11:00:00Z', 1),
      ev('2026-03-09T12:00:00Z', 1, 'learning'),
      ev('2026-03-10T10:00:00Z', 2),
      ev('2026-03-16T10:00:00Z', 4),
    ];
    expect(trueRetention(events, 'UTC', 4, 'day')).toEqual([
      { period: '2026-03-09', reviews: 2, passed: 1, rate: 0.5 },
      { period: '2026-03-10', reviews: 1, passed: 1, rate: 1 },
      { period: '2026-03-16', reviews: 1, passed: 1, rate: 1 },
    ]);
    expect(trueRetention(events, 'UTC', 4, 'week')).toEqual([
      { period: '2026-03-09', reviews: 3, passed: 2, rate: 2 / 3 },
      { period: '2026-03-16', reviews: 1, passed: 1, rate: 1 },
    ]);
  });
});

describe('dimensionMastery', () => {
  it('averages recall per dimension, counting unstudied cards as 0', () => {
    const result = dimensionMastery(
      [
        { dimension: 'auth', retrievability: 0.9 },
        { dimension: 'auth', retrievability: null },
        { dimension: 'cost', retrievability: 0.5 },
        { dimension: null, retrievability: 1 },
      ],
      [
        { id: 'auth', name: 'Auth' },
        { id: 'cost', name: 'Pricing' },
        { id: 'vpc', name: 'VPC' },
      ],
    );
    expect(result).toEqual([
      { id: 'auth', name: 'Auth', mastery: 0.45, studied: 1, total: 2 },
      { id: 'cost', name: 'Pricing', mastery: 0.5, studied: 1, total: 1 },
      { id: 'vpc', name: 'VPC', mastery: 0, studied: 0, total: 0 },
    ]);
  });
});
