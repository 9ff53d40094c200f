import 'server-only';
import type { NextAuthOptions, Session } from 'next-auth';
import { getServerSession } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { db } from './db';
import { env } from './env';
import { verifyPassword } from './password';
import type { Role } from '@/lib/generated/prisma/enums';

const CredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(200),
});

/** A bcrypt hash of a random string: compared against when the email is unknown, so timing doesn't reveal accounts. */
const DUMMY_HASH = '$2b$10$.eokNb2JaOySLx2UVFj8b.qERrS9KiqbnfuiJLmsolQlKywuG40ZS';

export const authOptions: NextAuthOptions = {
  secret: env().AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(raw) {
        const parsed = CredentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, name: true, role: true, passwordHash: true },
        });
        const ok = await verifyPassword(parsed.data.password, user?.passwordHash ?? DUMMY_HASH);
        if (!user || !ok) return null;
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

/** The signed-in user, or null. */
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
