import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/core/format-date';

describe('formatDate', () => {
  it.each([
    // instant (UTC), zone, expected local day
    ['2026-03-10T23:30:00Z', 'UTC', '2026-03-10'],
    // Half past midnight in Tokyo is still the 10th in UTC: the learner's day is the 11th.
    ['2026-03-10T15:30:00Z', 'Asia/Tokyo', '2026-03-11'],
    ['2026-03-10T14:59:59Z', 'Asia/Tokyo', '2026-03-10'],
    // Late evening in New York is already tomorrow in UTC.
    ['2026-03-11T03:59:00Z', 'America/New_York', '2026-03-10'],
    ['2026-03-11T04:00:00Z', 'America/New_York', '2026-03-11'],
    // Half-hour offset (UTC+5:30).
    ['2026-03-10T18:29:00Z', 'Asia/Kolkata', '2026-03-10'],
    ['2026-03-10T18:30:00Z', 'Asia/Kolkata', '2026-03-11'],
    // Across a DST change: New York springs forward on 2026-03-08, so its midnight moves from 05:00 to 04:00 UTC.
    ['2026-03-08T04:59:00Z', 'America/New_York', '2026-03-07'],
    ['2026-03-09T03:59:00Z', 'America/New_York', '2026-03-08'],
    ['2026-03-09T04:00:00Z', 'America/New_York', '2026-03-09'],
    // New Year in Auckland (UTC+13 in summer).
    ['2026-12-31T11:00:00Z', 'Pacific/Auckland', '2027-01-01'],
  ])('%s in %s is %s', (instant, zone, day) => {
    expect(formatDate(new Date(instant), zone, 'day')).toBe(day);
    expect(formatDate(instant, zone)).toBe(day); // an ISO string from a DTO, default style
  });

  it('formats the other styles on the same local clock', () => {
    const at = '2026-03-10T15:05:00Z'; // 00:05 on the 11th in Tokyo
    expect(formatDate(at, 'Asia/Tokyo', 'month-day')).toBe('03-11');
    expect(formatDate(at, 'Asia/Tokyo', 'minute')).toBe('2026-03-11 00:05');
    expect(formatDate(at, 'UTC', 'minute')).toBe('2026-03-10 15:05');
    expect(formatDate(at, 'Asia/Tokyo', 'medium')).toBe('Mar 11, 2026');
    expect(formatDate(at, 'America/Los_Angeles', 'medium-time')).toBe('Mar 10, 2026, 8:05 AM');
  });

  it('does not depend on the machine time zone', () => {
    const at = new Date('2026-03-10T23:30:00Z');
    expect(formatDate(at, 'UTC', 'minute')).toBe('2026-03-10 23:30');
    expect(formatDate(at, 'Europe/Berlin', 'minute')).toBe('2026-03-11 00:30');
  });
});
