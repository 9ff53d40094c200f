'use server';
import { defineAction } from '../define-action';
import { ReorderDeckCardsSchema } from '../instructor/instructor-input';
import { reorderDeckCards } from '../mutations/reorder-deck-cards';

/** Puts the deck’s cards in the given order; `cardIds` must list exactly the deck’s live cards. */
export const reorderDeckCardsAction = defineAction({ access: 'instructor', input: ReorderDeckCardsSchema }, (input, user) => reorderDeckCards(user, input));
