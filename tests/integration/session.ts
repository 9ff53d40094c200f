import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import type * as AuthModule from '@/lib/server/auth';
import { env } from '@/lib/server/env';

/** A request carrying a real next-auth session cookie for this user (or none), as the browser sends it. */
export async function requestAs(
  url: string,
  user: { id: string; email: string; role: string } | null,
  init: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {},
): Promise<NextRequest> {
  const headers = new Headers(init.headers);
  if (user) {
    const token = await encode({
      token: { sub: user.id, email: user.email, role: user.role as never, name: null },
      secret: env().AUTH_SECRET,
    });
    headers.set('cookie', `next-auth.session-token=${token}`);
  }
  const body = init.body;
  return new NextRequest(new URL(url, 'http://localhost:3000'), {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as ConstructorParameters<typeof NextRequest>[1]);
}

/**
 * The auth module with getCurrentUser() answering as whoever `session.as` names (role read from
 * the database, as the real one does), for `vi.mock('@/lib/server/auth', …)` in tests of server
 * actions:
 *   const session = vi.hoisted(() => ({ as: null as string | null }));
 *   vi.mock('@/lib/server/auth', async (original) => (await import('./session')).authAs(original, session));
 */
export async function authAs(
  importOriginal: <T>() => Promise<T>,
  session: { as: string | null },
): Promise<typeof AuthModule> {
  const original = await importOriginal<typeof AuthModule>();
  const { db: database } = await import('@/lib/server/db');
  return {
    ...original,
    getCurrentUser: async () =>
      session.as
        ? database.user.findUnique({ where: { id: session.as }, select: { id: true, email: true, name: true, role: true } })
        : null,
  };
}
