'use server';
import { defineAction } from '../define-action';
import { AddLibraryCardsSchema } from '../instructor/instructor-input';
import { addLibraryCards } from '../mutations/add-library-cards';

/** Adds library cards to the end of one of the instructor’s decks (see addLibraryCards). */
export const addLibraryCardsAction = defineAction({ access: 'instructor', input: AddLibraryCardsSchema }, (input, user) => addLibraryCards(user, input));
