import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OVERLOAD_BUDGET,
  classifyRequest,
  currentLagMs,
  decideAdmission,
  parseOverloadBudget,
} from '@/lib/core/overload/admission.mjs';

const budget = { maxInFlight: 32, maxLagMs: 60 };

describe('classifyRequest', () => {
  it.each([
    ['/_next/static/chunks/app.js', 'asset'],
    ['/favicon.ico', 'asset'],
    ['/sign-in', 'sign-in'],
    ['/api/auth/csrf', 'sign-in'],
    ['/api/auth/callback/credentials', 'sign-in'],
    ['/api/review', 'work'],
    ['/review', 'work'],
    ['/sign-in-help', 'work'],
    ['/', 'work'],
  ] as const)('%s is %s', (pathname, kind) => {
    expect(classifyRequest(pathname)).toBe(kind);
  });
});

describe('decideAdmission', () => {
  it('admits work below the in-flight budget and sheds it at the budget, with Retry-After 1 s just past it', () => {
    expect(decideAdmission({ kind: 'work', inFlight: 31, lagMs: 0 }, budget)).toEqual({ admit: true });
    expect(decideAdmission({ kind: 'work', inFlight: 32, lagMs: 0 }, budget)).toEqual({
      admit: false,
      retryAfterSeconds: 1,
      pressure: 1,
    });
  });

  it('sheds sign-in last: it is admitted until twice the budget', () => {
    expect(decideAdmission({ kind: 'sign-in', inFlight: 40, lagMs: 0 }, budget).admit).toBe(true);
    expect(decideAdmission({ kind: 'sign-in', inFlight: 63, lagMs: 0 }, budget).admit).toBe(true);
    expect(decideAdmission({ kind: 'sign-in', inFlight: 64, lagMs: 0 }, budget).admit).toBe(false);
  });

  it('never sheds assets', () => {
    expect(decideAdmission({ kind: 'asset', inFlight: 10_000, lagMs: 10_000 }, budget)).toEqual({ admit: true });
  });

  it('sheds on event-loop lag past its budget when requests are queued', () => {
    expect(decideAdmission({ kind: 'work', inFlight: 8, lagMs: 59 }, budget).admit).toBe(true);
    expect(decideAdmission({ kind: 'work', inFlight: 8, lagMs: 60 }, budget).admit).toBe(false);
  });

  it('ignores a lone stall: lag with less than a quarter of the in-flight budget busy is not overload', () => {
    expect(decideAdmission({ kind: 'work', inFlight: 7, lagMs: 900 }, budget)).toEqual({ admit: true });
    expect(decideAdmission({ kind: 'work', inFlight: 0, lagMs: 5_000 }, budget)).toEqual({ admit: true });
  });

  it('asks clients to wait longer the further past the budget, at most 5 s', () => {
    const retry = (inFlight: number) => {
      const d = decideAdmission({ kind: 'work', inFlight, lagMs: 0 }, budget);
      return d.admit ? 0 : d.retryAfterSeconds;
    };
    expect([retry(32), retry(48), retry(64), retry(96), retry(10_000)]).toEqual([1, 1, 2, 3, 5]);
  });

  it('uses the default budget when none is given', () => {
    expect(decideAdmission({ kind: 'work', inFlight: DEFAULT_OVERLOAD_BUDGET.maxInFlight, lagMs: 0 }).admit).toBe(
      false,
    );
  });
});

describe('currentLagMs', () => {
  it('is the window’s worst lag while the sampler keeps time', () => {
    expect(currentLagMs({ windowLagMs: 12, lastTickAt: 1000, tickMs: 20, now: 1010 })).toBe(12);
  });
  it('is how overdue the sampler is when the loop has been blocked since its last tick', () => {
    expect(currentLagMs({ windowLagMs: 3, lastTickAt: 1000, tickMs: 20, now: 1250 })).toBe(230);
  });
});

describe('parseOverloadBudget', () => {
  it('defaults, overrides, turns off and refuses nonsense', () => {
    expect(parseOverloadBudget({})).toEqual(DEFAULT_OVERLOAD_BUDGET);
    expect(parseOverloadBudget({ OVERLOAD_MAX_IN_FLIGHT: '64', OVERLOAD_MAX_LAG_MS: '100' })).toEqual({
      maxInFlight: 64,
      maxLagMs: 100,
    });
    expect(parseOverloadBudget({ OVERLOAD: 'off' })).toBeNull();
    expect(() => parseOverloadBudget({ OVERLOAD_MAX_IN_FLIGHT: '0' })).toThrow('OVERLOAD_MAX_IN_FLIGHT');
    expect(() => parseOverloadBudget({ OVERLOAD_MAX_LAG_MS: 'lots' })).toThrow('OVERLOAD_MAX_LAG_MS');
  });
});
