import 'server-only';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';

/** The learner leaves a class. Their progress stays theirs; the class's decks leave their queue. */
export async function leaveClass(userId: string, classId: string): Promise<ActionResult<{ classId: string }>> {
  const { count } = await db.classMember.deleteMany({ where: { classId, userId } });
  if (count === 0) return fail('not_found', 'You are not in this class.');
  return { ok: true, data: { classId } };
}
