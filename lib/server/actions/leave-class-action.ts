'use server';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser } from '../auth';
import { db } from '../db';
import { ClassRefSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';

/** Leaves a class. The student's progress stays theirs; the class's decks leave their queue. */
export async function leaveClassAction(input: unknown): Promise<ActionResult<{ classId: string }>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  const parsed = ClassRefSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { count } = await db.classMember.deleteMany({ where: { classId: parsed.data.classId, userId: user.id } });
  if (count === 0) return fail('not_found', 'You are not in this class.');
  return { ok: true, data: { classId: parsed.data.classId } };
}
