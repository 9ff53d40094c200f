'use server';
import { defineAction } from '../define-action';
import { UpdateUserRoleSchema } from '../instructor/instructor-input';
import { updateUserRole } from '../mutations/update-user-role';

/** Admins only: makes a learner an instructor, or an instructor a learner again. */
export const updateUserRoleAction = defineAction({ access: 'admin', input: UpdateUserRoleSchema }, ({ userId, role }) =>
  updateUserRole(userId, role),
);
