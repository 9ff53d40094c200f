'use server';
import { defineAction } from '../define-action';
import { ClassMemberSchema } from '../instructor/instructor-input';
import { removeClassMember } from '../mutations/remove-class-member';

/** Removes a student from a class. Their own progress stays theirs; the class’s decks leave their queue. */
export const removeClassMemberAction = defineAction({ access: 'instructor', input: ClassMemberSchema }, (input, user) => removeClassMember(user, input));
