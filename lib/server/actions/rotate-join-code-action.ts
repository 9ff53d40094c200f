'use server';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { ClassRefSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { newJoinCode } from '../instructor/new-join-code';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { findManagedClass } from '../permissions/find-managed-class';

/** Replaces a class's join code: the old code and link stop working; members stay. */
export async function rotateJoinCodeAction(input: unknown): Promise<ActionResult<{ joinCode: string }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = ClassRefSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const found = await findManagedClass(auth.data, parsed.data.classId);
  if (!found) return fail('not_found', 'No such class.');
  for (let attempt = 0; ; attempt++) {
    try {
      const updated = await db.class.update({
        where: { id: found.id },
        data: { joinCode: newJoinCode() },
        select: { joinCode: true },
      });
      return { ok: true, data: updated };
    } catch (error) {
      if ((error as { code?: string }).code !== 'P2002' || attempt >= 5) throw error;
    }
  }
}
