import { describe, expect, it } from 'vitest';
import { isCardKnown, KNOWN_HORIZON_DAYS, KNOWN_THRESHOLD } from '@/lib/core/classes/is-card-known';
import { getRetrievability } from '@/lib/core/scheduler/get-retrievability';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import { DEFAULT_SCHEDULER_SETTINGS, type Grade, type ReviewState } from '@/lib/core/scheduler/types';

const NOW = new Date('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
const MINUTE = 60_000;

/** The state after answering `grades`, each `gapMs` after the previous, the last one at `end`. */
function answered(grades: Grade[], end: Date, gapMs = DAY): ReviewState {
  let state: ReviewState | null = null;
  grades.forEach((g, i) => {
    const at = new Date(end.getTime() - (grades.length - 1 - i) * gapMs);
    state = scheduleReview(state, g, at, DEFAULT_SCHEDULER_SETTINGS).state;
  });
  return state!;
}

describe('isCardKnown: recall a week from now at 90% or more', () => {
  it('is defined as FSRS retrievability 7 days ahead, at the 0.9 threshold', () => {
    expect(KNOWN_HORIZON_DAYS).toBe(7);
    expect(KNOWN_THRESHOLD).toBe(0.9);
  });

  it('a card never studied is not known', () => {
    expect(isCardKnown(null, NOW)).toBe(false);
  });

  it('a card answered Easy, then Good over the following days, is known', () => {
    expect(isCardKnown(answered(['easy', 'good', 'good'], NOW, 3 * DAY), NOW)).toBe(true);
  });

  it('failing that card a minute ago makes it not known, although its recall *now* is still about 1', () => {
    const known = answered(['easy', 'good', 'good'], new Date(NOW.getTime() - 3 * DAY), 3 * DAY);
    expect(isCardKnown(known, NOW)).toBe(true);
    const failed = scheduleReview(known, 'again', new Date(NOW.getTime() - MINUTE), DEFAULT_SCHEDULER_SETTINGS).state;
    // The old rule (retrievability now ≥ 0.9) still called it known: the bug this replaces.
    expect(getRetrievability(failed, NOW, DEFAULT_SCHEDULER_SETTINGS)).toBeGreaterThan(0.99);
    expect(isCardKnown(failed, NOW)).toBe(false);
  });

  it.each<[Grade[], boolean]>([
    [['good'], false], // just learned: stability of a couple of days
    [['again'], false],
    [['easy'], true], // FSRS's first-Easy stability is more than a week
    [['easy', 'again'], false],
    [['good', 'good', 'good', 'good'], true],
    [['good', 'good', 'good', 'good', 'again'], false],
  ])('after %j (one day apart, the last just now): known = %s', (grades, expected) => {
    expect(isCardKnown(answered(grades, NOW), NOW)).toBe(expected);
  });

  it('a known card stops being known when it is not reviewed for long enough', () => {
    const state = answered(['easy'], NOW);
    expect(isCardKnown(state, NOW)).toBe(true);
    expect(isCardKnown(state, new Date(NOW.getTime() + 60 * DAY))).toBe(false);
  });
});
