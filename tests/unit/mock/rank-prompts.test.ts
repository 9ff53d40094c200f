import { describe, expect, it } from 'vitest';
import { rankPrompts } from '@/lib/core/mock/rank-prompts';
import type { PromptScheduleInput } from '@/lib/core/mock/types';

const NOW = new Date('2026-11-20T12:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);
const prompts = [
  { id: 'apigw-vs-alb', title: 'Front door' },
  { id: 'multi-region-dr', title: 'DR' },
  { id: 'partner-rate-limiting', title: 'Rate limits' },
  { id: 'fourth', title: 'Fourth' },
];
const input = (over: Partial<PromptScheduleInput> = {}): PromptScheduleInput => ({
  prompts,
  states: new Map(),
  lastAttempts: new Map(),
  assignments: [],
  now: NOW,
  ...over,
});

describe('rankPrompts', () => {
  it('lists never-attempted prompts as new, in content order (apigw-vs-alb first)', () => {
    const ranked = rankPrompts(input());
    expect(ranked.map((r) => r.promptId)).toEqual(['apigw-vs-alb', 'multi-region-dr', 'partner-rate-limiting', 'fourth']);
    expect(ranked.every((r) => r.status === 'new' && r.reason === 'new' && r.due === null)).toBe(true);
  });

  it('puts due prompts before new ones and scheduled ones last, and says why', () => {
    const ranked = rankPrompts(
      input({
        states: new Map([
          ['apigw-vs-alb', { due: days(20) }],
          ['multi-region-dr', { due: days(-1) }],
        ]),
        lastAttempts: new Map([
          ['apigw-vs-alb', { verdict: 'delights' as const, submittedAt: days(-3) }],
          ['multi-region-dr', { verdict: 'meets' as const, submittedAt: days(-9) }],
        ]),
      }),
    );
    expect(ranked.map((r) => [r.promptId, r.status])).toEqual([
      ['multi-region-dr', 'due'],
      ['partner-rate-limiting', 'new'],
      ['fourth', 'new'],
      ['apigw-vs-alb', 'scheduled'],
    ]);
    expect(ranked[0]?.reason).toBe('last attempt: meets, 9 days ago · overdue by 1 day');
    expect(ranked[3]?.reason).toBe('last attempt: delights, 3 days ago · due in 20 days');
  });

  it('puts class assignments with a due date first, soonest first', () => {
    const ranked = rankPrompts(
      input({
        states: new Map([['multi-region-dr', { due: days(-5) }]]),
        lastAttempts: new Map([['multi-region-dr', { verdict: 'miss' as const, submittedAt: days(-6) }]]),
        assignments: [
          { promptId: 'fourth', className: 'Cloud 101', dueAt: days(5) },
          { promptId: 'partner-rate-limiting', className: 'Cloud 102', dueAt: days(2) },
          { promptId: 'apigw-vs-alb', className: 'Cloud 101', dueAt: null },
        ],
      }),
    );
    expect(ranked.map((r) => [r.promptId, r.status])).toEqual([
      ['partner-rate-limiting', 'assigned'],
      ['fourth', 'assigned'],
      ['multi-region-dr', 'due'],
      ['apigw-vs-alb', 'new'],
    ]);
    expect(ranked[0]?.reason).toBe('assigned by Cloud 102, due in 2 days · new');
  });
});
