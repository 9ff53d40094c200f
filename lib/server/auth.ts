import 'server-only';
import type { NextAuthOptions, Session } from 'next-auth';
import { getServerSession } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from './db';
import { env } from './env';
import { verifyPassword } from './password';
import { decideSignIn } from '@/lib/core/auth-limits';
import { SIGN_IN_LOCKED } from '@/lib/core/sign-in-locked';
import { countSignInAttempts } from './auth-attempts/count-sign-in-attempts';
import { recordAuthAttempt } from './auth-attempts/record-auth-attempt';
import { settleSignInAttempt } from './auth-attempts/settle-sign-in-attempt';
import { clientAddress } from './client-address';
import { bumpSessionVersion } from './mutations/bump-session-version';
import { isCurrentSession, readSessionUser } from './read-session-user';
import { usesSecureCookies } from './uses-secure-cookies';
import type { Role } from '@/lib/generated/prisma/enums';

const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

/** A bcrypt hash of a random string: compared against when the email is unknown, so timing doesn't reveal accounts. */
const DUMMY_HASH = '$2b$10$.eokNb2JaOySLx2UVFj8b.qERrS9KiqbnfuiJLmsolQlKywuG40ZS';

export const authOptions: NextAuthOptions = {
  secret: env().AUTH_SECRET,
  // Secure, `__Secure-` cookies exactly when NEXTAUTH_URL is https; the API reads them by the same rule.
  useSecureCookies: usesSecureCookies(),
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw, req) {
        const parsed = CredentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const now = new Date();
        const { email } = parsed.data;
        const address = clientAddress(req?.headers);
        // Count the attempt first, then decide from the new count: parallel guesses see each other (ADR 025).
        const attemptId = await recordAuthAttempt('sign-in', email, address, now);
        const attempt = { id: attemptId, email, address };
        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, email: true, name: true, role: true, passwordHash: true, sessionVersion: true },
        });
        const counts = await countSignInAttempts({ attemptId, email, address, userId: user?.id ?? null }, now);
        if (!decideSignIn(counts, now).allowed) {
          await settleSignInAttempt('held', attempt, now);
          throw new Error(SIGN_IN_LOCKED);
        }
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !ok) {
          await settleSignInAttempt('failed', attempt, now);
          return null;
        }
        await settleSignInAttempt('succeeded', { ...attempt, userId: user.id }, now);
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          sessionVersion: user.sessionVersion ?? 0,
        };
      },
    }),
  ],
  callbacks: {
    /**
     * At sign-in the token takes the user's session version; on every later read (pages, actions,
     * /api/auth/session) the version and role are read from the database, and a token whose version
     * is no longer the user's is refused: next-auth then clears the cookie (ADR 025).
     */
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
        token.sv = user.sessionVersion;
        return token;
      }
      const row = token.sub ? await readSessionUser(token.sub) : null;
      if (!isCurrentSession(token.sv, row)) throw new SessionEndedError();
      token.role = row.role;
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role) {
        session.user = { ...session.user, id: token.sub, role: token.role };
      }
      return session;
    },
  },
  events: {
    /** Signing out ends the session everywhere, including any copy of this cookie (ADR 025). */
    async signOut({ token }) {
      if (token?.sub) await bumpSessionVersion(token.sub);
    },
  },
  logger: {
    error(code, metadata) {
      // A signed-out or revoked token is an expected end of a session, not an error.
      const cause = ((metadata as { error?: unknown } | undefined)?.error ?? metadata) as
        { name?: unknown } | undefined;
      if (code === 'JWT_SESSION_ERROR' && cause?.name === SESSION_ENDED) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth][warn][${code}]`);
    },
    debug() {},
  },
};

/** The error's name, spelled out: bundlers rename classes. */
const SESSION_ENDED = 'SessionEndedError';

/** A token from before the user's last sign-out, password change or role change. */
class SessionEndedError extends Error {
  constructor() {
    super('This session has ended.');
    this.name = SESSION_ENDED;
  }
}

export type SessionUser = { id: string; email: string; name: string | null; role: Role };

/**
 * The signed-in user, or null. The jwt callback reads the role and session version from the
 * database on every call, so a promotion (or demotion) applies at the next request, and a deleted
 * account, a sign-out elsewhere or a password reset ends this session (ADR 025).
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session: Session | null = await getServerSession(authOptions);
  const u = session?.user;
  if (!u?.id || !u.email || !u.role) return null;
  return { id: u.id, email: u.email, name: u.name ?? null, role: u.role };
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(callbackUrl: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}
