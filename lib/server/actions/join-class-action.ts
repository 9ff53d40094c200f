'use server';
import { defineAction } from '../define-action';
import { JoinClassSchema } from '../instructor/instructor-input';
import { joinClass, UNKNOWN_JOIN_CODE } from '../mutations/join-class';

/** Joins the class with this code (idempotent). Any signed-in user may join, except the class's own instructor. */
export const joinClassAction = defineAction(
  { access: 'user', input: JoinClassSchema, invalid: UNKNOWN_JOIN_CODE },
  ({ code }, user) => joinClass(user.id, code),
);
