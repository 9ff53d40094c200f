import 'server-only';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';

/** The answer to a code that matches no live class (or can't be a code at all). */
export const UNKNOWN_JOIN_CODE = fail(
  'invalid_code',
  'No class has this code. Check it with your instructor (codes are 10 letters and digits).',
  { code: ['No class has this code.'] },
);

/**
 * The user joins the live class with this code (in its stored form; idempotent). Anyone may join,
 * except the class's own instructor.
 */
export async function joinClass(
  userId: string,
  joinCode: string,
): Promise<ActionResult<{ classId: string; name: string }>> {
  const found = await db.class.findFirst({
    where: { joinCode, archivedAt: null },
    select: { id: true, name: true, ownerId: true },
  });
  if (!found) return UNKNOWN_JOIN_CODE;
  if (found.ownerId === userId) return fail('own_class', 'You teach this class: students join it with the code.');
  await db.classMember.upsert({
    where: { classId_userId: { classId: found.id, userId } },
    create: { classId: found.id, userId },
    update: {},
  });
  return { ok: true, data: { classId: found.id, name: found.name } };
}
