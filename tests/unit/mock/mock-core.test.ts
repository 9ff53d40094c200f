import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseDraft } from '@/lib/core/mock/choose-draft';
import { compareAttempts } from '@/lib/core/mock/compare-attempts';
import { countWords } from '@/lib/core/mock/count-words';
import { describeAgo } from '@/lib/core/mock/describe-ago';
import { groupGapCards } from '@/lib/core/mock/group-gap-cards';
import { gradeFromVerdict } from '@/lib/core/mock/grade-from-verdict';
import { selectGapCards } from '@/lib/core/mock/select-gap-cards';
import { schedulePrompt } from '@/lib/core/mock/schedule-prompt';
import type { Level } from '@/lib/core/mock/types';
import { DEFAULT_SCHEDULER_SETTINGS } from '@/lib/core/scheduler/types';

describe('gradeFromVerdict', () => {
  it.each<[Level, string]>([
    ['miss', 'again'],
    ['meets', 'good'],
    ['delights', 'easy'],
  ])('%s -> %s', (verdict, grade) => {
    expect(gradeFromVerdict(verdict)).toBe(grade);
  });
});

describe('selectGapCards', () => {
  const prompt = {
    criteria: [
      { id: 'security', title: 'Security', cards: ['apigw-vs-alb.auth.a', 'apigw-vs-alb.auth.b'] },
      { id: 'cost', title: 'Cost', cards: ['apigw-vs-alb.cost.a', 'misconception.serverless-means-better'] },
      { id: 'limits', title: 'Limits', cards: ['apigw-vs-alb.timeouts.a'] },
    ],
  };

  it('takes the misconception card of each asserted trap, then the cards of missed criteria, once each (the trap reason wins)', () => {
    const gaps = selectGapCards(prompt, {
      criteria: [
        { id: 'security', level: 'miss' },
        { id: 'cost', level: 'miss' },
        { id: 'limits', level: 'meets' },
      ],
      traps: [{ id: 'serverless-means-better' }, { id: 'alb-has-no-auth' }],
    });
    expect(gaps).toEqual([
      { cardId: 'misconception.serverless-means-better', reason: { kind: 'trap', id: 'serverless-means-better' } },
      { cardId: 'misconception.alb-has-no-auth', reason: { kind: 'trap', id: 'alb-has-no-auth' } },
      { cardId: 'apigw-vs-alb.auth.a', reason: { kind: 'criterion', id: 'security', title: 'Security' } },
      { cardId: 'apigw-vs-alb.auth.b', reason: { kind: 'criterion', id: 'security', title: 'Security' } },
      { cardId: 'apigw-vs-alb.cost.a', reason: { kind: 'criterion', id: 'cost', title: 'Cost' } },
    ]);
  });

  it('is empty when nothing was missed and no trap was asserted', () => {
    expect(
      selectGapCards(prompt, {
        criteria: prompt.criteria.map((c) => ({ id: c.id, level: 'meets' as const })),
        traps: [],
      }),
    ).toEqual([]);
  });
});

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   \n  ', 0],
    ['API Gateway vs ALB', 4],
    ["It doesn't cost $3.50 per-request; ~29.5 s.", 7],
    ['- **Cost**: pay-per-use\n- ALB: LCUs', 4],
  ])('%j -> %d', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  // it steps a global regex instead of building the list of words: the count must be the list's length
  it('counts what the word pattern matches, on any text', () => {
    const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;
    const pieces = fc.constantFrom('a', 'É', '9', "'", '’', '.', '-', ' ', '\n', 'ß', '\u200d', '\ud800', 'x1');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme' })), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countWords(text)).toBe(text.match(WORD)?.length ?? 0);
      }),
      { seed: 12, numRuns: 2000 },
    );
  });
});

describe('describeAgo', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  it.each([
    ['2026-11-20T08:00:00Z', 'today'],
    ['2026-11-19T11:00:00Z', 'yesterday'],
    ['2026-11-11T12:00:00Z', '9 days ago'],
    ['2026-10-20T12:00:00Z', '4 weeks ago'],
    ['2026-06-20T12:00:00Z', '5 months ago'],
    ['2025-11-20T12:00:00Z', 'a year ago'],
  ])('%s -> %s', (then, text) => {
    expect(describeAgo(new Date(then), now)).toBe(text);
  });
});

describe('compareAttempts', () => {
  it('puts each criterion beside its previous level', () => {
    const rows = compareAttempts(
      [
        { id: 'a', title: 'A', level: 'miss' },
        { id: 'b', title: 'B', level: 'delights' },
        { id: 'c', title: 'C', level: 'meets' },
      ],
      [
        { id: 'a', title: 'A', level: 'meets' },
        { id: 'b', title: 'B', level: 'meets' },
        { id: 'c', title: 'C', level: 'meets' },
        { id: 'd', title: 'D', level: 'miss' },
      ],
    );
    expect(rows.map((r) => [r.id, r.previous, r.current, r.change])).toEqual([
      ['a', 'miss', 'meets', 'better'],
      ['b', 'delights', 'meets', 'worse'],
      ['c', 'meets', 'meets', 'same'],
      ['d', null, 'miss', 'new'],
    ]);
  });
});

describe('chooseDraft', () => {
  it('offers the local copy only when it is a later version with different text', () => {
    expect(chooseDraft({ draft: 'a', version: 3 }, null)).toBe('server');
    expect(chooseDraft({ draft: 'a', version: 3 }, { draft: 'a b', version: 4 })).toBe('local');
    expect(chooseDraft({ draft: 'a b', version: 4 }, { draft: 'a b', version: 4 })).toBe('server');
    expect(chooseDraft({ draft: 'a b', version: 4 }, { draft: 'a b', version: 5 })).toBe('server');
    // Another tab (or device) saved a later version: the server's copy wins.
    expect(chooseDraft({ draft: 'x', version: 9 }, { draft: 'a b', version: 5 })).toBe('server');
  });
});

describe('schedulePrompt', () => {
  const now = new Date('2026-11-02T12:00:00Z');
  const DAY = 86_400_000;
  const daysUntil = (due: Date, from: Date) => (due.getTime() - from.getTime()) / DAY;

  it('brings a missed prompt back within days and a delighted one much later', () => {
    const miss = schedulePrompt(null, 'miss', now, DEFAULT_SCHEDULER_SETTINGS);
    const meets = schedulePrompt(null, 'meets', now, DEFAULT_SCHEDULER_SETTINGS);
    const delights = schedulePrompt(null, 'delights', now, DEFAULT_SCHEDULER_SETTINGS);
    expect(daysUntil(miss.due, now)).toBeGreaterThanOrEqual(1);
    expect(daysUntil(miss.due, now)).toBeLessThanOrEqual(3);
    expect(daysUntil(meets.due, now)).toBeGreaterThan(daysUntil(miss.due, now) - 0.001);
    expect(daysUntil(delights.due, now)).toBeGreaterThanOrEqual(5);
    expect(delights.due.getTime()).toBeGreaterThan(meets.due.getTime());
    expect([miss.phase, meets.phase, delights.phase]).toEqual(['review', 'review', 'review']);
  });

  it('grows the interval with each good answer and shrinks it after a miss', () => {
    const first = schedulePrompt(null, 'meets', now, DEFAULT_SCHEDULER_SETTINGS);
    const second = schedulePrompt(first, 'delights', first.due, DEFAULT_SCHEDULER_SETTINGS);
    expect(daysUntil(second.due, first.due)).toBeGreaterThan(daysUntil(first.due, now));
    const lapse = schedulePrompt(second, 'miss', second.due, DEFAULT_SCHEDULER_SETTINGS);
    expect(daysUntil(lapse.due, second.due)).toBeLessThan(daysUntil(second.due, first.due));
    expect(lapse.lapses).toBe(1);
  });

  it('does not mutate its input', () => {
    const first = schedulePrompt(null, 'meets', now, DEFAULT_SCHEDULER_SETTINGS);
    const copy = structuredClone(first);
    schedulePrompt(first, 'miss', first.due, DEFAULT_SCHEDULER_SETTINGS);
    expect(first).toEqual(copy);
  });
});

describe('groupGapCards', () => {
  it('groups by criterion or trap in first-seen order', () => {
    const groups = groupGapCards([
      { cardId: 'a', reason: { kind: 'criterion', id: 'cost', title: 'Cost' } },
      { cardId: 'b', reason: { kind: 'trap', id: 'alb-has-no-auth' } },
      { cardId: 'c', reason: { kind: 'criterion', id: 'cost', title: 'Cost' } },
    ]);
    expect(groups.map((g) => [g.key, g.title, g.cards.map((c) => c.cardId)])).toEqual([
      ['criterion:cost', 'Cost', ['a', 'c']],
      ['trap:alb-has-no-auth', 'alb-has-no-auth', ['b']],
    ]);
  });
});
