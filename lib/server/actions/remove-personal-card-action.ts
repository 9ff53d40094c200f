'use server';
import { defineAction } from '../define-action';
import { DeckCardSchema } from '../instructor/instructor-input';
import { removeDeckCard } from '../mutations/remove-deck-card';

/** Retires a card of one of the learner's personal decks (progress kept; see removeDeckCard). */
export const removePersonalCardAction = defineAction({ access: 'user', input: DeckCardSchema }, (input, user) =>
  removeDeckCard(user, input, new Date(), 'PERSONAL'),
);
