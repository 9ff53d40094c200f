'use server';
import { defineAction } from '../define-action';
import { SetClassArchivedSchema } from '../instructor/instructor-input';
import { setClassArchived } from '../mutations/set-class-archived';

/** Archives a class (hidden from its students, everything kept) or restores it (see setClassArchived). */
export const setClassArchivedAction = defineAction(
  { access: 'instructor', input: SetClassArchivedSchema },
  (input, user) => setClassArchived(user, input),
);
