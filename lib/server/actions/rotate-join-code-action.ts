'use server';
import { defineAction } from '../define-action';
import { ClassRefSchema } from '../instructor/instructor-input';
import { rotateJoinCode } from '../mutations/rotate-join-code';

/** Replaces a class’s join code: the old code and link stop working; members stay. */
export const rotateJoinCodeAction = defineAction({ access: 'instructor', input: ClassRefSchema }, ({ classId }, user) => rotateJoinCode(user, classId));
