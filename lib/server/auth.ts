import 'server-only';
import type { NextAuthOptions, Session } from 'next-auth';
import { getServerSession } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from './db';
import { env } from './env';
import { verifyPassword } from './password';
import { clearSignInFailures } from './sign-in-throttle/clear-sign-in-failures';
import { getLockedUntil } from './sign-in-throttle/get-locked-until';
import { recordSignInFailure } from './sign-in-throttle/record-sign-in-failure';
import { throttleKeys } from './sign-in-throttle/throttle-keys';
import { SIGN_IN_LOCKED } from '@/lib/core/sign-in-locked';
import { clientAddress } from './client-address';
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
        const keys = throttleKeys(parsed.data.email, clientAddress(req?.headers));
        // Locked out (too many failures for this account or from this address): refuse without checking.
        if (await getLockedUntil(keys, now)) throw new Error(SIGN_IN_LOCKED);
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, name: true, role: true, passwordHash: true },
        });
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !ok) {
          await recordSignInFailure(keys, now);
          return null;
        }
        await clearSignInFailures(user.email);
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub && token.role) {
        session.user = { ...session.user, id: token.sub, role: token.role };
      }
      return session;
    },
  },
};

export type SessionUser = { id: string; email: string; name: string | null; role: Role };

/**
 * The signed-in user, or null. The role is read from the database, not the session token, so a
 * promotion (or demotion) by an admin applies at the next request, and a deleted account is
 * signed out.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session: Session | null = await getServerSession(authOptions);
  const u = session?.user;
  if (!u?.id || !u.email || !u.role) return null;
  const row = await db.user.findUnique({ where: { id: u.id }, select: { role: true } });
  if (!row) return null;
  return { id: u.id, email: u.email, name: u.name ?? null, role: row.role };
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(callbackUrl: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  return user;
}
