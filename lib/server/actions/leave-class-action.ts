'use server';
import { defineAction } from '../define-action';
import { ClassRefSchema } from '../instructor/instructor-input';
import { leaveClass } from '../mutations/leave-class';

/** Leaves a class. The student's progress stays theirs; the class's decks leave their queue. */
export const leaveClassAction = defineAction({ access: 'user', input: ClassRefSchema }, ({ classId }, user) =>
  leaveClass(user.id, classId),
);
