'use server';
import { normalizeJoinCode } from '@/lib/core/classes/normalize-join-code';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser } from '../auth';
import { db } from '../db';
import { JoinClassSchema } from '../instructor/instructor-input';

/** Joins the class with this code (idempotent). Any signed-in user may join, except the class's own instructor. */
export async function joinClassAction(input: unknown): Promise<ActionResult<{ classId: string; name: string }>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  const parsed = JoinClassSchema.safeParse(input);
  const code = parsed.success ? normalizeJoinCode(parsed.data.code) : null;
  const wrong = fail(
    'invalid_code',
    'No class has this code. Check it with your instructor (codes are 10 letters and digits).',
    {
      code: ['No class has this code.'],
    },
  );
  if (!code) return wrong;
  const found = await db.class.findFirst({
    where: { joinCode: code, archivedAt: null },
    select: { id: true, name: true, ownerId: true },
  });
  if (!found) return wrong;
  if (found.ownerId === user.id) return fail('own_class', 'You teach this class: students join it with the code.');
  await db.classMember.upsert({
    where: { classId_userId: { classId: found.id, userId: user.id } },
    create: { classId: found.id, userId: user.id },
    update: {},
  });
  return { ok: true, data: { classId: found.id, name: found.name } };
}
