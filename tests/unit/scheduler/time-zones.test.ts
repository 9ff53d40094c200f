import { describe, expect, it } from 'vitest';
import { listTimeZones, TimeZoneSchema, toListedTimeZone } from '@/lib/core/scheduler/time-zones';

describe('the time-zone list', () => {
  it('is this runtime’s supported zones plus UTC, sorted, without duplicates', () => {
    const list = listTimeZones();
    expect(list).toContain('UTC');
    expect(list).toContain('Europe/Berlin');
    expect(list).toContain('America/New_York');
    expect(new Set(list).size).toBe(list.length);
    expect([...list].sort((a, b) => a.localeCompare(b))).toEqual(list);
    for (const zone of Intl.supportedValuesOf('timeZone')) expect(list).toContain(zone);
  });

  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['Etc/UTC', 'UTC'],
    ['US/Eastern', 'America/New_York'],
    ['Mars/Olympus', null],
    ['', null],
  ])('%s is listed as %s', (input, listed) => {
    expect(toListedTimeZone(input)).toBe(listed);
  });

  it('the schema accepts listed zones and aliases (as their listed zone) and refuses the rest', () => {
    expect(TimeZoneSchema.parse(' Asia/Tokyo ')).toBe('Asia/Tokyo');
    expect(TimeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
    expect(TimeZoneSchema.safeParse('x'.repeat(65)).success).toBe(false);
    expect(TimeZoneSchema.safeParse(42).success).toBe(false);
  });
});
