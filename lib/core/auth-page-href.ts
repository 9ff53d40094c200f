import { safeCallbackUrl } from './safe-callback-url';

const DEFAULT_CALLBACK = safeCallbackUrl(undefined);

/**
 * A link to the sign-in or sign-up page that keeps where the visitor was going — a class
 * invitation survives "Create an account" — as long as safeCallbackUrl accepts it (same-site
 * paths only); the page checks it again on arrival.
 */
export function authPageHref(page: '/sign-in' | '/sign-up', callbackUrl: unknown): string {
  const safe = safeCallbackUrl(callbackUrl);
  return safe === DEFAULT_CALLBACK ? page : `${page}?callbackUrl=${encodeURIComponent(safe)}`;
}
