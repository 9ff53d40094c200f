import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, strictTransportSecurity } from '@/lib/core/security/content-security-policy';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from '@/lib/core/security/server-action-body-limit';

describe('the pages’ security headers (ADR 026)', () => {
  it('allows scripts only by nonce: no unsafe-inline for scripts, eval only in development', () => {
    const production = contentSecurityPolicy('abc123', { development: false });
    const scripts = production.split('; ').find((d) => d.startsWith('script-src '));
    expect(scripts).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(production).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy('n', { development: true })).toContain("'unsafe-eval'");
  });

  it('sends HSTS only when the public URL is https', () => {
    expect(strictTransportSecurity('https://delight.example.com')).toBe('max-age=63072000');
    expect(strictTransportSecurity('http://localhost:3000')).toBeNull();
    expect(strictTransportSecurity(undefined)).toBeNull();
  });

  it('the proxy’s server-action limit is the one next.config.js gives Next', () => {
    const config = createRequire(import.meta.url)('../../../next.config.js') as {
      experimental: { serverActions: { bodySizeLimit: string } };
    };
    expect(config.experimental.serverActions.bodySizeLimit).toBe(`${SERVER_ACTION_BODY_LIMIT_BYTES / 1024 / 1024}mb`);
  });
});
