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
