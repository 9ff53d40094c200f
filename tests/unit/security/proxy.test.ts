import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const saved = process.env.NEXTAUTH_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
});

describe('proxy.ts (ADR 026)', () => {
  it('sends Strict-Transport-Security only when the public URL is https', () => {
    process.env.NEXTAUTH_URL = 'https://delight.example.com';
    expect(proxy(new NextRequest('http://app:3000/review')).headers.get('strict-transport-security')).toBe(
      'max-age=63072000',
    );
    process.env.NEXTAUTH_URL = 'http://localhost:3000';
    expect(proxy(new NextRequest('http://localhost:3000/review')).headers.get('strict-transport-security')).toBeNull();
  });

  it('answers a server action whose Content-Length is over the limit with 413 before Next reads it', () => {
    const big = new NextRequest('http://localhost:3000/instructor/decks', {
      method: 'POST',
      headers: { 'next-action': 'abc', 'content-length': String(5 * 1024 * 1024) },
    });
    expect(proxy(big).status).toBe(413);
    const small = new NextRequest('http://localhost:3000/instructor/decks', {
      method: 'POST',
      headers: { 'next-action': 'abc', 'content-length': '1000' },
    });
    expect(proxy(small).headers.get('content-security-policy')).toMatch(/'nonce-/);
  });
});
