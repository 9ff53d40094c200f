'use server';
import { defineAction } from '../define-action';
import { AssignDeckSchema } from '../instructor/instructor-input';
import { assignDeck } from '../mutations/assign-deck';

/** Assigns one of the instructor’s decks, or a library deck, to a class (see assignDeck). */
export const assignDeckAction = defineAction({ access: 'instructor', input: AssignDeckSchema }, (input, user) => assignDeck(user, input));
