import { describe, expect, it } from 'vitest';
import { describeGapDay, describeGapPlan, describeGapSources } from '@/lib/core/mock/describe-gap-plan';
import type { GapCard } from '@/lib/core/mock/types';

const NOW = new Date('2026-03-10T15:00:00Z'); // a Tuesday
const clock = { now: NOW, timeZone: 'UTC', dayStartHour: 4 };
const criterion = (n: number, id = 'routing', due?: string | null) => ({
  cardId: `c${n}`,
  reason: { kind: 'criterion' as const, id, title: id },
  due,
});
const trap = (id: string, due?: string | null) => ({
  cardId: `misconception.${id}`,
  reason: { kind: 'trap' as const, id },
  due,
});

describe('describeGapSources', () => {
  it('pluralises: "1 missed criterion", "2 missed criteria", "1 trap you stated"', () => {
    const one: GapCard[] = [criterion(1), criterion(2)];
    expect(describeGapSources(one)).toBe('1 missed criterion');
    expect(describeGapSources([criterion(1, 'a'), criterion(2, 'b')])).toBe('2 missed criteria');
    expect(describeGapSources([criterion(1), trap('x')])).toBe('1 missed criterion and 1 trap you stated');
    expect(describeGapSources([trap('x'), trap('y')])).toBe('2 traps you stated');
  });
});

describe('describeGapDay', () => {
  it('says today, tomorrow, then the weekday and date of the study day', () => {
    expect(describeGapDay(NOW, clock)).toBe('today');
    expect(describeGapDay('2026-03-11T04:00:00Z', clock)).toBe('tomorrow');
    expect(describeGapDay('2026-03-12T04:00:00Z', clock)).toBe('Thu, Mar 12');
    // 02:00 on the 13th is still the study day of the 12th (the day starts at 04:00)
    expect(describeGapDay('2026-03-13T02:00:00Z', clock)).toBe('Thu, Mar 12');
  });
});

describe('describeGapPlan', () => {
  const settings = { ...clock, perDay: 2, interviewDate: null };

  it('spreads: says how many cards come when and the daily limit', () => {
    const gaps = [
      trap('x', NOW.toISOString()),
      criterion(1, 'routing', NOW.toISOString()),
      criterion(2, 'routing', '2026-03-11T04:00:00.000Z'),
      criterion(3, 'cost', '2026-03-11T04:00:00.000Z'),
      criterion(4, 'cost', '2026-03-12T04:00:00.000Z'),
    ];
    expect(describeGapPlan(gaps, settings)).toEqual({
      scheduled:
        '5 cards from 2 missed criteria and 1 trap you stated are spread over 3 days so that no day gets more than 2 (your daily new-card limit): 2 today, 2 tomorrow, 1 on Thu, Mar 12.',
      leftForLater: null,
    });
  });

  it('one day only: "is in your review today", singular', () => {
    expect(describeGapPlan([criterion(1, 'routing', NOW.toISOString())], settings).scheduled).toBe(
      '1 card from 1 missed criterion is in your review today.',
    );
  });

  it('says what is left for later before the interview, and that it stays listed', () => {
    const gaps = [
      criterion(1, 'routing', NOW.toISOString()),
      criterion(2, 'routing', null),
      criterion(3, 'routing', null),
    ];
    const summary = describeGapPlan(gaps, { ...settings, perDay: 1, interviewDate: '2026-03-11' });
    expect(summary.scheduled).toBe('1 card from 1 missed criterion is in your review today.');
    expect(summary.leftForLater).toBe(
      '2 cards are left for later: there is no room for them before your interview on Mar 11 at 1 card a day. They stay listed here, marked “left for later”; raise your daily limit in Settings and add your gaps again, or study them after the interview.',
    );
  });

  it('feedback stored before the plan existed says the cards came due at submission', () => {
    expect(describeGapPlan([criterion(1), criterion(2)], settings).scheduled).toBe(
      '2 cards from 1 missed criterion came due in your daily review when you submitted.',
    );
  });
});
