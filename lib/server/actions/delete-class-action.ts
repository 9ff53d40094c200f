'use server';
import { defineAction } from '../define-action';
import { ClassRefSchema } from '../instructor/instructor-input';
import { deleteClass } from '../mutations/delete-class';

/** Deletes an archived class: memberships and assignments go, students' progress stays (see deleteClass). */
export const deleteClassAction = defineAction({ access: 'instructor', input: ClassRefSchema }, ({ classId }, user) =>
  deleteClass(user, classId),
);
