/**
 * The client address the app trusts (ADR 025). No imports: the app server, its tests and the
 * Playwright specs load this file.
 */

/** The header the app server sets on every request; a client's own copy of it is dropped first. */
export const CLIENT_ADDRESS_HEADER = 'x-delight-client-address';

/** TRUSTED_PROXIES as the server reads it: a whole number of proxy hops, 0–10 (default 0). */
export function parseTrustedProxies(value) {
  if (value === undefined || value === '') return 0;
  if (!/^(?:[0-9]|10)$/.test(value)) {
    throw new Error(
      `TRUSTED_PROXIES: must be a whole number of proxy hops from 0 to 10 (got ${JSON.stringify(value)})`,
    );
  }
  return Number(value);
}

/**
 * The client's address: with no trusted proxy, the socket's peer. With N trusted proxies in front,
 * the address the outermost trusted proxy saw: the Nth entry of X-Forwarded-For counted from the
 * right (each proxy appends the address it received the request from). Entries left of that were
 * written by the client and are never used. When fewer entries than hops arrived, the leftmost one.
 */
export function resolveClientAddress(socketAddress, forwardedFor, trustedProxies) {
  const peer = (socketAddress ?? '').replace(/^::ffff:/, '') || null;
  if (trustedProxies === 0) return peer;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...hops, ...(peer ? [peer] : [])];
  const index = Math.max(0, chain.length - 1 - trustedProxies);
  return chain[index]?.replace(/^::ffff:/, '') ?? null;
}

/** Replaces any client-sent copy of the address header with the address this server resolved. */
export function setClientAddress(req, trustedProxies) {
  delete req.headers[CLIENT_ADDRESS_HEADER];
  const address = resolveClientAddress(req.socket?.remoteAddress, req.headers['x-forwarded-for'], trustedProxies);
  if (address) req.headers[CLIENT_ADDRESS_HEADER] = address;
}
