import 'server-only';
import { CLIENT_ADDRESS_HEADER } from '@/scripts/lib/client-address.mjs';

/**
 * The client's address as the app server resolved it (scripts/serve.mjs, ADR 025): from the socket,
 * or TRUSTED_PROXIES hops into X-Forwarded-For; a client's own X-Forwarded-For or copy of the header
 * is never read here. Null when the request didn't come through that server (`next dev`, tests).
 */
export function clientAddress(
  headers: Record<string, string | string[] | undefined> | Headers | undefined,
): string | null {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers?.[CLIENT_ADDRESS_HEADER];
  const first = Array.isArray(value) ? value[0] : value;
  return first?.trim() || null;
}
