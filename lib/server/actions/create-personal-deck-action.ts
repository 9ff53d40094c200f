'use server';
import { defineAction } from '../define-action';
import { DeckDetailsSchema } from '../instructor/instructor-input';
import { createDeck } from '../mutations/create-deck';

/** Creates an empty personal deck, private to the learner who makes it (any signed-in user). */
export const createPersonalDeckAction = defineAction({ access: 'user', input: DeckDetailsSchema }, (details, user) =>
  createDeck(user.id, details, 'PERSONAL'),
);
