import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, strictTransportSecurity } from '@/lib/core/security/content-security-policy';
import { SERVER_ACTION_BODY_LIMIT_BYTES } from '@/lib/core/security/server-action-body-limit';

/**
 * Runs before every page (not the JSON API, not static files; ADR 026):
 * - a fresh nonce per response and a CSP that allows only scripts carrying it (Next reads the nonce
 *   from the request's Content-Security-Policy header and puts it on its scripts);
 * - Strict-Transport-Security when the public URL (NEXTAUTH_URL) is https;
 * - a server action whose Content-Length is over Next's body limit is answered 413 here, because
 *   Next itself answers such a request with a 500.
 */
export function proxy(request: NextRequest): NextResponse {
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const length = Number(request.headers.get('content-length') ?? 0);
    if (length > SERVER_ACTION_BODY_LIMIT_BYTES) {
      return new NextResponse(
        `The request is too large (at most ${SERVER_ACTION_BODY_LIMIT_BYTES / 1024 / 1024} MB).`,
        { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } },
      );
    }
  }
  const nonce = btoa(crypto.randomUUID());
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  const hsts = strictTransportSecurity(process.env.NEXTAUTH_URL);
  if (hsts) response.headers.set('Strict-Transport-Security', hsts);
  return response;
}

export const config = {
  // Pages only: the JSON API sends no HTML (next.config.js gives it a deny-all CSP), and leaving it
  // out keeps its request bodies away from the proxy (they stream straight to readJsonBody).
  matcher: ['/((?!api/|_next/static|_next/image|icon.svg|favicon.ico).*)'],
};
