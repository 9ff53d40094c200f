'use server';
import { defineAction } from '../define-action';
import { AssignPromptSchema } from '../instructor/instructor-input';
import { assignPrompt } from '../mutations/assign-prompt';

/** Assigns a mock-interview prompt to a class, optionally with a due date (see assignPrompt). */
export const assignPromptAction = defineAction({ access: 'instructor', input: AssignPromptSchema }, (input, user) => assignPrompt(user, input));
