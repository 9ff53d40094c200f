import 'server-only';
import { env } from './env';

/**
 * Whether next-auth's cookies are Secure and named with the `__Secure-` / `__Host-` prefix:
 * exactly when the app's public URL, NEXTAUTH_URL, is https. Signing in and pages
 * (`authOptions.useSecureCookies`) and the JSON API (`getToken`'s `secureCookie`) all ask here, so
 * they always agree on the session cookie's name. Decided from configuration, never from the
 * request: behind a proxy that terminates TLS the app itself is spoken to over plain HTTP.
 *
 * Left to its defaults, next-auth 4 can disagree with itself: sign-in decides from the URL it
 * resolves (NEXTAUTH_URL parsed leniently, or, with NEXTAUTH_URL unset and AUTH_TRUST_HOST set,
 * X-Forwarded-Proto), getToken from `NEXTAUTH_URL.startsWith('https://')` only. Then sign-in sets
 * `__Secure-next-auth.session-token`, the API looks for `next-auth.session-token`, and every API
 * call answers 401 (tests/e2e/secure-cookie.spec.ts).
 */
export function usesSecureCookies(): boolean {
  const url = env().NEXTAUTH_URL;
  return url !== undefined && new URL(url).protocol === 'https:';
}
