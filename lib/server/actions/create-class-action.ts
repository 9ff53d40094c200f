'use server';
import type { ActionResult } from '../action-result';
import { CreateClassSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { createClass } from '../mutations/create-class';
import { authorizeInstructor } from '../permissions/authorize-instructor';

/** Creates a class owned by the instructor, with a join code students can use. */
export async function createClassAction(input: unknown): Promise<ActionResult<{ classId: string; joinCode: string }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = CreateClassSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const created = await createClass(auth.data.id, parsed.data.name);
  return { ok: true, data: { classId: created.id, joinCode: created.joinCode } };
}
