'use server';
import { defineAction } from '../define-action';
import { UnassignPromptSchema } from '../instructor/instructor-input';
import { unassignPrompt } from '../mutations/unassign-prompt';

/** Takes a mock prompt off a class. */
export const unassignPromptAction = defineAction({ access: 'instructor', input: UnassignPromptSchema }, (input, user) => unassignPrompt(user, input));
