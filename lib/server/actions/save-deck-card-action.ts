'use server';
import { defineAction } from '../define-action';
import { OwnCardSchema } from '../instructor/instructor-input';
import { saveDeckCard } from '../mutations/save-deck-card';

/** Writes one of the deck’s own cards, new or edited in place (see saveDeckCard). */
export const saveDeckCardAction = defineAction({ access: 'instructor', input: OwnCardSchema }, (input, user) => saveDeckCard(user, input));
