import 'server-only';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser, type SessionUser } from '../auth';

/**
 * For instructor actions: the signed-in instructor or admin (role read from the database), or
 * the failure to return — `unauthenticated` without a session, `forbidden` for a learner.
 */
export async function authorizeInstructor(): Promise<ActionResult<SessionUser>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  if (user.role === 'LEARNER') return fail('forbidden', 'Only instructors can do this.');
  return { ok: true, data: user };
}
