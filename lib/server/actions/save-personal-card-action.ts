'use server';
import { defineAction } from '../define-action';
import { OwnCardSchema } from '../instructor/instructor-input';
import { saveDeckCard } from '../mutations/save-deck-card';

/** Writes a card of one of the learner's personal decks, new or edited in place (the instructors' card editor's mutation). */
export const savePersonalCardAction = defineAction({ access: 'user', input: OwnCardSchema }, (input, user) =>
  saveDeckCard(user, input, 'PERSONAL'),
);
