'use server';
import { defineAction } from '../define-action';
import { AssignDeckSchema } from '../instructor/instructor-input';
import { unassignDeck } from '../mutations/unassign-deck';

/** Takes a deck off a class; members keep their progress on its cards. */
export const unassignDeckAction = defineAction({ access: 'instructor', input: AssignDeckSchema }, (input, user) => unassignDeck(user, input));
