'use server';
import { defineAction } from '../define-action';
import { DeckDetailsSchema } from '../instructor/instructor-input';
import { createDeck } from '../mutations/create-deck';

/** Creates an empty draft deck owned by the instructor. */
export const createDeckAction = defineAction({ access: 'instructor', input: DeckDetailsSchema }, (details, user) => createDeck(user.id, details));
