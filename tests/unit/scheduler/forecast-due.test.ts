import { describe, expect, it } from 'vitest';
import { forecastDue } from '@/lib/core/scheduler/forecast-due';

describe('forecastDue', () => {
  it('counts cards per study day, overdue ones today, and ignores those past the horizon', () => {
    const now = new Date('2026-03-10T10:00:00Z');
    const dues = ['2026-03-01T00:00:00Z', '2026-03-10T20:00:00Z', '2026-03-11T05:00:00Z', '2026-03-11T03:00:00Z', '2026-03-20T00:00:00Z'].map((d) => new Date(d));
    expect(forecastDue(dues, now, 3, 'UTC', 4)).toEqual([
      { date: '2026-03-10', count: 3 },
      { date: '2026-03-11', count: 1 },
      { date: '2026-03-12', count: 0 },
    ]);
  });
});
