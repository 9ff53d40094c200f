import 'server-only';
import { z } from 'zod';
import { decideDemoData } from '@/lib/core/decide-demo-data';
import { DATABASE_URL_HINT, DEFAULT_DATABASE_URL, databaseProviderOf, postgresConnection } from './database-url';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .default('')
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/** Every environment variable the server reads, with its default. */
const VariablesSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** `file:` → SQLite (the embedded default); `postgres://` or `postgresql://` → PostgreSQL (ADR 005). */
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .superRefine((v, ctx) => {
      const provider = databaseProviderOf(v);
      if (!provider) ctx.addIssue({ code: 'custom', message: DATABASE_URL_HINT });
      else if (provider === 'postgresql') {
        try {
          postgresConnection(v);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message.replace(/^DATABASE_URL: /, '') });
        }
      }
    }),
  AUTH_SECRET: z
    .string()
    .min(32, { message: 'must be at least 32 characters (leave it unset to generate one)' })
    .optional(),
  /**
   * The app's public URL (next-auth reads it too). https:// makes the session cookie Secure and
   * `__Secure-` prefixed (usesSecureCookies); behind a proxy that terminates TLS, set it to the
   * https:// URL users see. Unset or empty: http://localhost (npm start sets http://localhost:$PORT).
   */
  NEXTAUTH_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .url({
        protocol: /^https?$/,
        error: "must be the app's public URL, http://… or https://… (https behind a TLS proxy)",
      })
      .optional(),
  ),
  /** Ask for the demo accounts; granted only on a local URL unless DEMO_DATA_ON_PUBLIC_URL forces it. */
  DEMO_DATA: booleanFlag,
  /** `1`: create the demo accounts even when NEXTAUTH_URL is a public (not localhost) URL. */
  DEMO_DATA_ON_PUBLIC_URL: booleanFlag,
  /** Test-only: offer very short timed quizzes and mock interviews (seconds) so end-to-end tests can run them out. */
  TEST_SHORT_TIMERS: booleanFlag,
  /**
   * Proxy hops in front of the app whose X-Forwarded-For is trusted (ADR 025). 0: the client address
   * is the socket's peer. The app server (scripts/serve.mjs) applies it with the same rule.
   */
  TRUSTED_PROXIES: z
    .string()
    .default('0')
    .refine((v) => /^(?:[0-9]|10)?$/.test(v), { message: 'must be a whole number of proxy hops from 0 to 10' })
    .transform((v) => Number(v || '0')),
  /**
   * SQLite: the WAL size in pages at which a commit runs a checkpoint itself (SQLite's default, 1000).
   * The app server raises it while its checkpoint thread runs (scripts/lib/wal-checkpointer.mjs, ADR 028).
   */
  SQLITE_WAL_AUTOCHECKPOINT: z
    .string()
    .default('1000')
    .refine((v) => /^(?:0|[1-9][0-9]{0,6})$/.test(v), { message: 'must be a whole number of pages from 0 to 9999999' })
    .transform(Number),
  /** Where the generated AUTH_SECRET is kept when AUTH_SECRET is unset. */
  DELIGHT_VAR_DIR: z.string().min(1).default('var'),
});

/**
 * The variables, with DEMO_DATA replaced by the decision (decideDemoData): on only for a local
 * try-out or when forced; DEMO_DATA_NOTICE says why it was refused or warns that it was forced.
 */
export const EnvSchema = VariablesSchema.transform((variables) => {
  const demo = decideDemoData({
    requested: variables.DEMO_DATA,
    forced: variables.DEMO_DATA_ON_PUBLIC_URL,
    publicUrl: variables.NEXTAUTH_URL,
  });
  return { ...variables, DEMO_DATA: demo.enabled, DEMO_DATA_NOTICE: demo.notice };
});
export type Env = z.infer<typeof EnvSchema>;

/** Parses an environment, or throws one readable message naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
