import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OVERLOAD_BUDGET,
  classifyRequest,
  decideAdmission,
  currentLagMs,
  parseOverloadBudget,
  standingLagMs,
} from '@/lib/core/overload/admission.mjs';

const budget = { maxInFlight: 32, maxLagMs: 60, maxPassMs: 60 };

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

  it('a server action (a POST with Next-Action) is an action, on any page; other requests to that page are work', () => {
    expect(classifyRequest('/instructor/decks/i.abc', { method: 'POST', serverAction: true })).toBe('action');
    expect(classifyRequest('/review', { method: 'POST', serverAction: true })).toBe('action');
    expect(classifyRequest('/instructor/decks/i.abc', { method: 'GET', serverAction: false })).toBe('work');
    expect(classifyRequest('/api/review', { method: 'POST', serverAction: false })).toBe('work');
    expect(classifyRequest('/sign-in', { method: 'POST', serverAction: true })).toBe('sign-in');
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

  it('sheds a server action last, as sign-in: Next’s client cannot retry one, so shed it shows an error page', () => {
    expect(decideAdmission({ kind: 'action', inFlight: 40, lagMs: 100 }, budget).admit).toBe(true);
    expect(decideAdmission({ kind: 'action', inFlight: 64, lagMs: 0 }, budget).admit).toBe(false);
  });

  it('sheds sign-in last: it is admitted until twice the budget', () => {
    expect(decideAdmission({ kind: 'sign-in', inFlight: 40, lagMs: 0 }, budget).admit).toBe(true);
    expect(decideAdmission({ kind: 'sign-in', inFlight: 63, lagMs: 0 }, budget).admit).toBe(true);
    expect(decideAdmission({ kind: 'sign-in', inFlight: 64, lagMs: 0 }, budget).admit).toBe(false);
  });

  it('never sheds assets', () => {
    expect(decideAdmission({ kind: 'asset', inFlight: 10_000, lagMs: 10_000 }, budget)).toEqual({ admit: true });
  });

  it('sheds on standing event-loop lag past its budget, however few requests are in flight', () => {
    // Synchronous work (SQLite) keeps few requests in flight while the rest queue in the kernel.
    expect(decideAdmission({ kind: 'work', inFlight: 1, lagMs: 59 }, budget).admit).toBe(true);
    expect(decideAdmission({ kind: 'work', inFlight: 1, lagMs: 60 }, budget).admit).toBe(false);
    expect(decideAdmission({ kind: 'work', inFlight: 0, lagMs: 900 }, budget)).toEqual({
      admit: false,
      retryAfterSeconds: 5,
      pressure: 15,
    });
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

describe('standingLagMs', () => {
  it('is the smallest lag of the window: a queue that persists is late on every tick', () => {
    expect(standingLagMs([310, 290, 450, 305, 298])).toBe(290);
  });
  it('ignores a lone stall (a first route load, a GC pause) among ticks on time', () => {
    expect(standingLagMs([1, 0, 900, 2, 1])).toBe(0);
  });
  it('is 0 before the first tick', () => {
    expect(standingLagMs([])).toBe(0);
  });
});

describe('currentLagMs', () => {
  // Ticks on time, then one pass of the loop 250 ms long: the tick is 230 ms overdue.
  const pass = { recentLagsMs: [1, 0, 2, 1, 0], lastTickAt: 1000, tickMs: 20, now: 1250 };
  it('is the standing lag while the loop keeps time', () => {
    expect(
      currentLagMs(
        { recentLagsMs: [12, 15, 30], lastTickAt: 1000, tickMs: 20, now: 1010, requestsThisPass: 20, passCpuMs: 10 },
        budget,
      ),
    ).toBe(12);
  });
  it('counts a long pass of the loop that is busy handling a burst: the tail of the burst is shed', () => {
    expect(currentLagMs({ ...pass, requestsThisPass: 8, passCpuMs: 240 }, budget)).toBe(230);
    expect(currentLagMs({ ...pass, requestsThisPass: 8, passCpuMs: 125 }, budget)).toBe(230);
  });
  it('ignores a long pass with few requests in it: a lone stall (a GC pause, a first route load) is not overload', () => {
    expect(currentLagMs({ ...pass, requestsThisPass: 7, passCpuMs: 240 }, budget)).toBe(0);
    expect(currentLagMs({ ...pass, requestsThisPass: 1, passCpuMs: 240 }, budget)).toBe(0);
  });
  it('scales a pass to its own budget: a pass of maxPassMs is as much pressure as a standing lag of maxLagMs', () => {
    const longerPasses = { ...budget, maxPassMs: 120 };
    // the same 230 ms overdue pass is half the pressure under a budget that allows passes twice as long
    expect(currentLagMs({ ...pass, requestsThisPass: 8, passCpuMs: 240 }, longerPasses)).toBe(115);
    expect(
      currentLagMs({ ...pass, recentLagsMs: [20, 25, 29], requestsThisPass: 8, passCpuMs: 240 }, longerPasses),
    ).toBe(115);
  });
  it('cuts a long pass at the lag budget once the standing lag is past half of it: the loop is already behind', () => {
    const longerPasses = { ...budget, maxPassMs: 120 };
    expect(
      currentLagMs({ ...pass, recentLagsMs: [35, 30, 40], requestsThisPass: 8, passCpuMs: 240 }, longerPasses),
    ).toBe(230);
    expect(
      currentLagMs({ ...pass, recentLagsMs: [170, 165, 180], requestsThisPass: 8, passCpuMs: 240 }, longerPasses),
    ).toBe(230);
    // the standing lag itself, when it is the larger
    expect(
      currentLagMs(
        { ...pass, now: 1050, recentLagsMs: [70, 65, 80], requestsThisPass: 8, passCpuMs: 50 },
        longerPasses,
      ),
    ).toBe(65);
  });
  it('ignores a long pass spent mostly off the CPU: the requests queued behind it are served, not shed', () => {
    // 30 requests arrived while the operating system ran something else for ~200 ms; handling them took 40 ms.
    expect(currentLagMs({ ...pass, requestsThisPass: 30, passCpuMs: 40 }, budget)).toBe(0);
    expect(currentLagMs({ ...pass, recentLagsMs: [70, 65, 80], requestsThisPass: 30, passCpuMs: 40 }, budget)).toBe(65);
  });
});

describe('parseOverloadBudget', () => {
  it('defaults, overrides, turns off and refuses nonsense', () => {
    expect(parseOverloadBudget({})).toEqual(DEFAULT_OVERLOAD_BUDGET);
    expect(parseOverloadBudget({ OVERLOAD_MAX_IN_FLIGHT: '64', OVERLOAD_MAX_LAG_MS: '100' })).toEqual({
      maxInFlight: 64,
      maxLagMs: 100,
      maxPassMs: 100,
    });
    expect(parseOverloadBudget({ OVERLOAD_MAX_PASS_MS: '150' })).toEqual({
      ...DEFAULT_OVERLOAD_BUDGET,
      maxPassMs: 150,
    });
    expect(parseOverloadBudget({ OVERLOAD_MAX_LAG_MS: '80', OVERLOAD_MAX_PASS_MS: '150' })).toEqual({
      ...DEFAULT_OVERLOAD_BUDGET,
      maxLagMs: 80,
      maxPassMs: 150,
    });
    expect(() => parseOverloadBudget({ OVERLOAD_MAX_PASS_MS: '-5' })).toThrow('OVERLOAD_MAX_PASS_MS');
    expect(parseOverloadBudget({ OVERLOAD: 'off' })).toBeNull();
    expect(() => parseOverloadBudget({ OVERLOAD_MAX_IN_FLIGHT: '0' })).toThrow('OVERLOAD_MAX_IN_FLIGHT');
    expect(() => parseOverloadBudget({ OVERLOAD_MAX_LAG_MS: 'lots' })).toThrow('OVERLOAD_MAX_LAG_MS');
  });
});
