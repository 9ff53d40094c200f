'use server';
import { defineAction } from '../define-action';
import { UpdateDeckSchema } from '../instructor/instructor-input';
import { updateDeck } from '../mutations/update-deck';

/** Renames a deck or changes its description (owner or admin). */
export const updateDeckAction = defineAction({ access: 'instructor', input: UpdateDeckSchema }, (input, user) => updateDeck(user, input));
