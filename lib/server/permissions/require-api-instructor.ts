import 'server-only';
import { type NextRequest, NextResponse } from 'next/server';
import { apiError, requireApiUser } from '../api';
import type { SessionUser } from '../auth';
import { db } from '../db';

/**
 * For instructor API routes: the signed-in instructor or admin, with the role read from the
 * database (a session token may predate a change of role) — or the 401/403 response to send.
 */
export async function requireApiInstructor(request: NextRequest): Promise<SessionUser | NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const row = await db.user.findUnique({ where: { id: user.id }, select: { role: true } });
  if (!row) return apiError('unauthenticated', 'Sign in first.');
  if (row.role === 'LEARNER') return apiError('forbidden', 'Only instructors can do this.');
  return { ...user, role: row.role };
}
