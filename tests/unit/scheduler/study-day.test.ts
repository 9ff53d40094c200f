import { describe, expect, it } from 'vitest';
import { studyDay } from '@/lib/core/scheduler/study-day';
import { localDateToInstant } from '@/lib/core/scheduler/local-date-to-instant';
import { instantToLocalDate } from '@/lib/core/scheduler/instant-to-local-date';
import { isValidTimeZone } from '@/lib/core/scheduler/is-valid-time-zone';

describe('studyDay', () => {
  it.each([
    // now (UTC), zone, rollover hour, expected key, start, end
    ['2026-03-10T10:00:00Z', 'UTC', 4, '2026-03-10', '2026-03-10T04:00:00.000Z', '2026-03-11T04:00:00.000Z'],
    ['2026-03-10T03:59:00Z', 'UTC', 4, '2026-03-09', '2026-03-09T04:00:00.000Z', '2026-03-10T04:00:00.000Z'],
    ['2026-03-10T02:00:00Z', 'America/New_York', 4, '2026-03-09', '2026-03-09T08:00:00.000Z', '2026-03-10T08:00:00.000Z'],
    ['2026-03-10T10:00:00Z', 'Asia/Tokyo', 0, '2026-03-10', '2026-03-09T15:00:00.000Z', '2026-03-10T15:00:00.000Z'],
    ['2026-03-10T20:00:00Z', 'Asia/Tokyo', 0, '2026-03-11', '2026-03-10T15:00:00.000Z', '2026-03-11T15:00:00.000Z'],
    ['2026-03-10T10:00:00Z', 'Asia/Kolkata', 4, '2026-03-10', '2026-03-09T22:30:00.000Z', '2026-03-10T22:30:00.000Z'],
  ])('%s in %s (rollover %d) is study day %s', (now, zone, hour, key, start, end) => {
    const day = studyDay(new Date(now), zone, hour);
    expect(day.key).toBe(key);
    expect(day.start.toISOString()).toBe(start);
    expect(day.end.toISOString()).toBe(end);
  });

  it('handles the DST change: the spring-forward day in New York is 23 hours long', () => {
    // Clocks spring forward at 02:00 on 2026-03-08, so the study day that starts 04:00 on the 7th is 23 hours long.
    const day = studyDay(new Date('2026-03-07T12:00:00Z'), 'America/New_York', 4);
    expect(day.key).toBe('2026-03-07');
    expect(day.start.toISOString()).toBe('2026-03-07T09:00:00.000Z'); // 04:00 EST
    expect(day.end.toISOString()).toBe('2026-03-08T08:00:00.000Z'); // 04:00 EDT
  });
});

describe('local dates', () => {
  it('round-trips a local date through an instant', () => {
    const instant = localDateToInstant('2026-12-15', 'Europe/Berlin');
    expect(instant.toISOString()).toBe('2026-12-14T23:00:00.000Z');
    expect(instantToLocalDate(instant, 'Europe/Berlin')).toBe('2026-12-15');
  });

  it('knows valid time zones', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});
