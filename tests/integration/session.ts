import { encode } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { env } from '@/lib/server/env';

/** A request carrying a real next-auth session cookie for this user (or none), as the browser sends it. */
export async function requestAs(
  url: string,
  user: { id: string; email: string; role: string } | null,
): Promise<NextRequest> {
  const headers = new Headers();
  if (user) {
    const token = await encode({
      token: { sub: user.id, email: user.email, role: user.role as never, name: null },
      secret: env().AUTH_SECRET,
    });
    headers.set('cookie', `next-auth.session-token=${token}`);
  }
  return new NextRequest(new URL(url, 'http://localhost:3000'), { headers });
}
