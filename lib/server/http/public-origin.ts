import 'server-only';
import { env } from '../env';

/**
 * The app's public origin, from the configured public URL (NEXTAUTH_URL), never from request
 * headers such as `X-Forwarded-Host`, which a client can set. Unset: http://localhost:3000.
 */
export function publicOrigin(): string {
  return new URL(env().NEXTAUTH_URL ?? 'http://localhost:3000').origin;
}
