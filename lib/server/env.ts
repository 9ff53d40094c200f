import 'server-only';
import { readOrCreateAuthSecret } from './auth-secret';
import { parseEnv, type Env } from './env-schema';

type ServerEnv = Env & { AUTH_SECRET: string };

let cached: ServerEnv | undefined;

/** The validated server environment; the first call fails fast with a clear message. */
export function env(): ServerEnv {
  if (!cached) {
    const parsed = parseEnv(process.env);
    cached = { ...parsed, AUTH_SECRET: parsed.AUTH_SECRET ?? readOrCreateAuthSecret(parsed.DELIGHT_VAR_DIR) };
  }
  return cached;
}
