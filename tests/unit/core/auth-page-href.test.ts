import { describe, expect, it } from 'vitest';
import { authPageHref } from '@/lib/core/auth-page-href';

describe('authPageHref', () => {
  it.each([
    ['/sign-up', '/join/DV26C45RQT', '/sign-up?callbackUrl=%2Fjoin%2FDV26C45RQT'],
    ['/sign-in', '/join/DV26C45RQT', '/sign-in?callbackUrl=%2Fjoin%2FDV26C45RQT'],
    ['/sign-up', '/decks/apigw-vs-alb?x=1&y=2', '/sign-up?callbackUrl=%2Fdecks%2Fapigw-vs-alb%3Fx%3D1%26y%3D2'],
    ['/sign-up', '/dashboard', '/sign-up'],
    ['/sign-up', undefined, '/sign-up'],
    ['/sign-up', '//evil.example/join/X', '/sign-up'],
    ['/sign-in', 'https://evil.example/', '/sign-in'],
    ['/sign-in', '/\\evil.example', '/sign-in'],
  ] as const)('%s with %j -> %s', (page, callbackUrl, expected) => {
    expect(authPageHref(page, callbackUrl)).toBe(expected);
  });
});
