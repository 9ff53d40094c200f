'use server';
import { defineAction } from '../define-action';
import { UpdateDeckSchema } from '../instructor/instructor-input';
import { updateDeck } from '../mutations/update-deck';

/** Renames one of the learner's personal decks or changes its description. */
export const updatePersonalDeckAction = defineAction({ access: 'user', input: UpdateDeckSchema }, (input, user) =>
  updateDeck(user, input, 'PERSONAL'),
);
