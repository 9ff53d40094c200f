const ORIGIN = 'http://delight.invalid';

/**
 * Only same-site paths may be redirected to after sign-in (no open redirects). Anything but printable
 * ASCII is refused first: browsers strip tabs and newlines from URLs (`/\t/evil.example` becomes
 * `//evil.example`), treat `\` as `/`, and a raw newline or non-Latin-1 character in a Location header
 * is a server error. Then the value is resolved and must stay on our origin.
 */
export function safeCallbackUrl(value: unknown, fallback = '/dashboard'): string {
  if (typeof value !== 'string' || !/^\/[\x21-\x7e]*$/.test(value) || value.includes('\\') || value.startsWith('//')) {
    return fallback;
  }
  let resolved: URL;
  try {
    resolved = new URL(value, ORIGIN);
  } catch {
    return fallback;
  }
  if (resolved.origin !== ORIGIN) return fallback;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
