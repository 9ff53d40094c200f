'use server';
import { defineAction } from '../define-action';
import { SetDeckArchivedSchema } from '../instructor/instructor-input';
import { setDeckArchived } from '../mutations/set-deck-archived';

/** Archives a deck (hidden from students, progress kept) or restores it (see setDeckArchived). */
export const setDeckArchivedAction = defineAction(
  { access: 'instructor', input: SetDeckArchivedSchema },
  (input, user) => setDeckArchived(user, input),
);
