'use server';
import { z } from 'zod';
import { defineAction } from '../define-action';
import { deleteAccount } from '../mutations/delete-account';

const DeleteAccountSchema = z.strictObject({
  password: z.string().min(1, { message: 'Enter your password.' }).max(200),
  confirm: z.literal(true, { message: 'Tick the box to confirm.' }),
});

/** Deletes the caller's own account (see deleteAccount); the page then signs them out. */
export const deleteAccountAction = defineAction({ access: 'user', input: DeleteAccountSchema }, (input, user) =>
  deleteAccount(user.id, input.password),
);
