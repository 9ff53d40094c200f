import 'server-only';
import hkdf from '@panva/hkdf';
import { jwtDecrypt } from 'jose';
import type { JWT } from 'next-auth/jwt';

const keys = new Map<string, Promise<Uint8Array>>();

/** Decoded tokens by token string: decoding is a pure function of (token, secret), so it is memoised. */
const decoded = new Map<string, JWT>();
const MAX_CACHED = 10_000;

function keyFor(secret: string): Promise<Uint8Array> {
  let key = keys.get(secret);
  if (!key) {
    key = hkdf('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32);
    keys.set(secret, key);
  }
  return key;
}

/**
 * next-auth v4's session-token decode (JWE, dir + A256GCM, key from HKDF over the secret), made
 * cheap for the API hot path (ADR 003): the derived key is computed once per secret, and a token
 * already decoded is answered from memory while it is unexpired. Same format and checks as
 * next-auth's own `decode`, which signs in and rolls sessions. A per-process memo, not state:
 * any server decodes any token.
 */
export async function decodeSessionToken({ token, secret }: { token?: string; secret: string | Buffer }): Promise<JWT | null> {
  if (!token) return null;
  const material = typeof secret === 'string' ? secret : secret.toString();
  const cacheKey = `${material.length}:${material}:${token}`;
  const hit = decoded.get(cacheKey);
  if (hit && typeof hit.exp === 'number' && hit.exp * 1000 > Date.now()) return hit;
  const { payload } = await jwtDecrypt(token, await keyFor(material), { clockTolerance: 15 });
  if (decoded.size >= MAX_CACHED) decoded.delete(decoded.keys().next().value!);
  decoded.set(cacheKey, payload as JWT);
  return payload as JWT;
}
