import 'server-only';
import type { z } from 'zod';
import { fail, invalidInput, type ActionResult, type Failure } from './action-result';
import { getCurrentUser, type SessionUser } from './auth';

type Access = 'public' | 'user' | 'instructor' | 'admin';
type Caller<A extends Access> = A extends 'public' ? SessionUser | null : SessionUser;

const FORBIDDEN: Record<Exclude<Access, 'public' | 'user'>, string> = {
  instructor: 'Only instructors can do this.',
  admin: 'Only administrators can do this.',
};

/** Whether `user` may call an action open to `access`; the failure to return when not. */
function checkAccess(access: Access, user: SessionUser | null): ActionResult<null> {
  if (access === 'public') return { ok: true, data: null };
  if (!user) return fail('unauthenticated', 'Sign in first.');
  if (access === 'instructor' && user.role === 'LEARNER') return fail('forbidden', FORBIDDEN.instructor);
  if (access === 'admin' && user.role !== 'ADMIN') return fail('forbidden', FORBIDDEN.admin);
  return { ok: true, data: null };
}

/**
 * The one way to define a server action: who may call it (the role read from the database on
 * every call), the schema its input must pass, then the handler, which calls queries and
 * mutations. Expected failures are values (`{ ok: false, code, message, fieldErrors? }`), never
 * throws, so forms can show them.
 */
export function defineAction<A extends Access, S extends z.ZodType, T>(
  spec: {
    access: A;
    input: S;
    /** What to answer when the input doesn't parse, instead of the per-field messages: a summary, or a whole failure. */
    invalid?: string | Failure;
  },
  handler: (input: z.infer<S>, caller: Caller<A>) => Promise<ActionResult<T>>,
): (input: unknown) => Promise<ActionResult<T>> {
  return async (input) => {
    const user = spec.access === 'public' ? null : await getCurrentUser();
    const access = checkAccess(spec.access, user);
    if (!access.ok) return access;
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return typeof spec.invalid === 'object' ? spec.invalid : invalidInput(parsed.error, spec.invalid);
    }
    return handler(parsed.data, user as Caller<A>);
  };
}
