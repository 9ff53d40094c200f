'use server';
import { defineAction } from '../define-action';
import { DeckRefSchema } from '../instructor/instructor-input';
import { deleteDeck } from '../mutations/delete-deck';

/** Deletes an archived deck; its own cards are retired so students' history stays (see deleteDeck). */
export const deleteDeckAction = defineAction({ access: 'instructor', input: DeckRefSchema }, ({ deckId }, user) =>
  deleteDeck(user, deckId),
);
