import { describe, expect, it } from 'vitest';
import { decideSignIn, decideSignUp, pairDelayMs, type SignInCounts } from '@/lib/core/auth-limits';

const now = new Date('2026-12-06T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const counts = (over: Partial<SignInCounts>): SignInCounts => ({
  pair: 1,
  pairPreviousAt: null,
  address: 1,
  account: 1,
  knownAddress: false,
  ...over,
});

describe('pairDelayMs', () => {
  it.each([
    [5, 0],
    [6, 30_000],
    [7, 60_000],
    [9, 240_000],
    [30, 900_000],
  ])('%d failures -> %d ms', (failures, ms) => expect(pairDelayMs(failures)).toBe(ms));
});

describe('decideSignIn', () => {
  it('lets the free failures through, then holds back until the delay has passed', () => {
    expect(decideSignIn(counts({ pair: 5, pairPreviousAt: ago(0) }), now)).toEqual({ allowed: true });
    expect(decideSignIn(counts({ pair: 6, pairPreviousAt: ago(10_000) }), now)).toEqual({
      allowed: false,
      retryAfterMs: 20_000,
    });
    expect(decideSignIn(counts({ pair: 6, pairPreviousAt: ago(30_000) }), now)).toEqual({ allowed: true });
  });

  it('the pair delay applies even from a known address (someone sharing it)', () => {
    expect(decideSignIn(counts({ pair: 8, pairPreviousAt: ago(1000), knownAddress: true }), now).allowed).toBe(false);
  });

  it('address and account limits hold back unknown addresses only', () => {
    expect(decideSignIn(counts({ address: 51 }), now).allowed).toBe(false);
    expect(decideSignIn(counts({ account: 21 }), now).allowed).toBe(false);
    expect(decideSignIn(counts({ address: 51, account: 500, knownAddress: true }), now)).toEqual({ allowed: true });
  });
});

describe('decideSignUp', () => {
  it.each([
    [{ address: 10, email: 5 }, true],
    [{ address: 11, email: 1 }, false],
    [{ address: 1, email: 6 }, false],
  ])('%j -> %s', (c, allowed) => expect(decideSignUp(c).allowed).toBe(allowed));
});
