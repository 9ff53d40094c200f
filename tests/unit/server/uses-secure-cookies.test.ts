import { afterEach, describe, expect, it, vi } from 'vitest';

/** usesSecureCookies() under a given NEXTAUTH_URL (env() is read once per module instance). */
async function secureUnder(url: string | undefined): Promise<boolean> {
  vi.resetModules();
  vi.stubEnv('AUTH_SECRET', 'a-test-secret-that-is-at-least-32-characters');
  vi.stubEnv('NEXTAUTH_URL', url);
  const { usesSecureCookies } = await import('@/lib/server/uses-secure-cookies');
  return usesSecureCookies();
}

describe('usesSecureCookies', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    ['https://delight.example.com', true],
    ['https://delight.example.com/app', true],
    // next-auth's getToken alone would say false here (it compares the string with "https://").
    ['HTTPS://delight.example.com', true],
    ['http://localhost:3000', false],
    ['', false],
    [undefined, false],
  ])('NEXTAUTH_URL=%j → %s', async (url, expected) => {
    expect(await secureUnder(url)).toBe(expected);
  });
});
