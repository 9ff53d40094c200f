'use server';
import { z } from 'zod';
import { defineAction } from '../define-action';
import { resetPassword } from '../mutations/reset-password';
import { NewPasswordSchema } from '../new-password-schema';

const ResetSchema = z.object({ token: z.string().min(20).max(100), password: NewPasswordSchema });

/** Sets a new password with a reset link (anyone holding it); every session of that account ends. */
export const resetPasswordAction = defineAction({ access: 'public', input: ResetSchema }, ({ token, password }) =>
  resetPassword(token, password, new Date()),
);
