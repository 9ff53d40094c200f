import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '@/lib/core/safe-callback-url';

describe('safeCallbackUrl', () => {
  it.each([
    ['/review', '/review'],
    ['/decks/apigw-vs-alb?x=1', '/decks/apigw-vs-alb?x=1'],
    ['https://evil.example/', '/dashboard'],
    ['//evil.example', '/dashboard'],
    ['/\\evil.example', '/dashboard'],
    [undefined, '/dashboard'],
    [['/a', '/b'], '/dashboard'],
  ])('%j -> %j', (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});

describe('safeCallbackUrl refuses what a browser would turn into another origin (issue 17 §1)', () => {
  it.each([
    ['/\t/evil.example/phish'],
    ['/%09/evil.example'.replace('%09', '\t')],
    ['/\n/evil.example'],
    ['/\r\n/evil.example'],
    ['/a\\b'],
    ['/\u0000x'],
    ['/\u007fx'],
    ['/caf\u00e9'],
    ['/\u4e2d'],
    ['/ /evil.example'],
  ])('%j -> /dashboard', (input) => {
    expect(safeCallbackUrl(input)).toBe('/dashboard');
  });
});
