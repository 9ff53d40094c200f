import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/server/env-schema';
import {
  CLIENT_ADDRESS_HEADER,
  parseTrustedProxies,
  resolveClientAddress,
  setClientAddress,
} from '@/scripts/lib/client-address.mjs';

describe('the client address the app server hands over (issue 17 §2, ADR 025)', () => {
  it.each([
    ['no proxy: the socket, whatever the client wrote', '203.0.113.9', '1.2.3.4', 0, '203.0.113.9'],
    ['no proxy, IPv4-mapped socket address', '::ffff:203.0.113.9', undefined, 0, '203.0.113.9'],
    ['one proxy: the address it saw (last entry)', '10.0.0.2', '1.2.3.4, 198.51.100.7', 1, '198.51.100.7'],
    ['one proxy, nothing forwarded: the socket', '10.0.0.2', undefined, 1, '10.0.0.2'],
    ['two proxies', '10.0.0.2', 'forged, 198.51.100.7, 10.0.0.1', 2, '198.51.100.7'],
    ['more hops trusted than sent: the leftmost', '10.0.0.2', '198.51.100.7', 5, '198.51.100.7'],
  ])('%s', (_, socket, forwarded, hops, expected) => {
    expect(resolveClientAddress(socket, forwarded, hops)).toBe(expected);
  });

  it('drops a client-sent copy of the trusted header', () => {
    const req = {
      headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.1', 'x-forwarded-for': '192.0.2.2' } as Record<string, string>,
      socket: { remoteAddress: '203.0.113.9' },
    };
    setClientAddress(req, 0);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.9');
  });

  it.each([
    ['', 0],
    ['0', 0],
    ['2', 2],
    ['10', 10],
  ])('TRUSTED_PROXIES=%j is %d for the server and the env schema alike', (value, hops) => {
    expect(parseTrustedProxies(value)).toBe(hops);
    expect(parseEnv({ TRUSTED_PROXIES: value }).TRUSTED_PROXIES).toBe(hops);
  });

  it.each([['-1'], ['1.5'], ['eleven'], ['11'], ['true']])('TRUSTED_PROXIES=%j is refused by both', (value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseEnv({ TRUSTED_PROXIES: value })).toThrow(/TRUSTED_PROXIES: must be a whole number/);
  });
});
