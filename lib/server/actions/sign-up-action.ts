'use server';
import { z } from 'zod';
import { hasUnsafeNameCharacters, UNSAFE_NAME_MESSAGE } from '@/lib/core/has-unsafe-name-characters';
import { fail } from '../action-result';
import { defineAction } from '../define-action';
import { createUser } from '../mutations/create-user';
import { PasswordSchema } from '../password';

const SignUpSchema = z.object({
  name: z
    .string()
    .trim()
    .max(100, { message: 'Name must be at most 100 characters.' })
    .refine((s) => !hasUnsafeNameCharacters(s), { message: `Name ${UNSAFE_NAME_MESSAGE}.` })
    .optional(),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'Enter a valid email address.' })),
  password: PasswordSchema,
});

/** Creates a learner account; the client then signs in with the same credentials. */
export const signUpAction = defineAction({ access: 'public', input: SignUpSchema }, async (input) => {
  const created = await createUser({ ...input, role: 'LEARNER' });
  if (!created) {
    return fail('email_taken', 'An account with this email already exists. Sign in instead.', {
      email: ['An account with this email already exists. Sign in instead.'],
    });
  }
  return { ok: true, data: { email: input.email } };
});
