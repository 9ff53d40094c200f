'use server';
import { defineAction } from '../define-action';
import { DeckCardSchema } from '../instructor/instructor-input';
import { removeDeckCard } from '../mutations/remove-deck-card';

/** Takes a card out of a deck: a library card is unlinked, an own card retired (see removeDeckCard). */
export const removeDeckCardAction = defineAction({ access: 'instructor', input: DeckCardSchema }, (input, user) => removeDeckCard(user, input, new Date()));
