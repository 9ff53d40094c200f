import 'server-only';
import type { ActionResult } from '../action-result';
import type { SessionUser } from '../auth';

/**
 * A write an instructor (or an admin) makes to a class or deck: the mutation looks that class or
 * deck up for the actor itself, answering not_found when it isn't theirs.
 */
export type InstructorMutation<I, T> = (actor: SessionUser, input: I) => Promise<ActionResult<T>>;
