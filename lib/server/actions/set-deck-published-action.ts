'use server';
import { defineAction } from '../define-action';
import { SetDeckPublishedSchema } from '../instructor/instructor-input';
import { setDeckPublished } from '../mutations/set-deck-published';

/** Publishes a deck, or takes it back to draft (see setDeckPublished). */
export const setDeckPublishedAction = defineAction({ access: 'instructor', input: SetDeckPublishedSchema }, (input, user) => setDeckPublished(user, input));
