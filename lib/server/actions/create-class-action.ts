'use server';
import { defineAction } from '../define-action';
import { CreateClassSchema } from '../instructor/instructor-input';
import { createClass } from '../mutations/create-class';

/** Creates a class owned by the instructor, with a join code students can use. */
export const createClassAction = defineAction({ access: 'instructor', input: CreateClassSchema }, async ({ name }, user) => {
  const created = await createClass(user.id, name);
  return { ok: true, data: { classId: created.id, joinCode: created.joinCode } };
});
