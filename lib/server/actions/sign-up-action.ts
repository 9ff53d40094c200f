'use server';
import { headers } from 'next/headers';
import { z } from 'zod';
import { decideSignUp } from '@/lib/core/auth-limits';
import { hasUnsafeNameCharacters, UNSAFE_NAME_MESSAGE } from '@/lib/core/has-unsafe-name-characters';
import { fail } from '../action-result';
import { countSignUpAttempts } from '../auth-attempts/count-sign-up-attempts';
import { recordAuthAttempt } from '../auth-attempts/record-auth-attempt';
import { clientAddress } from '../client-address';
import { defineAction } from '../define-action';
import { createUser } from '../mutations/create-user';
import { NewPasswordSchema } from '../new-password-schema';

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
  password: NewPasswordSchema,
});

/**
 * Creates a learner account; the client then signs in with the same credentials. Rate-limited per
 * address and per email before the password is hashed (ADR 025). Without mail verification it has to
 * say when an email is taken (ADR 025 records that trade-off); sign-in and password resets never do.
 */
export const signUpAction = defineAction({ access: 'public', input: SignUpSchema }, async (input) => {
  const now = new Date();
  const address = clientAddress(await headers());
  await recordAuthAttempt('sign-up', input.email, address, now);
  if (!decideSignUp(await countSignUpAttempts(input.email, address, now)).allowed) {
    return fail('rate_limited', 'Too many sign-ups from here or for this email. Try again in an hour.');
  }
  const created = await createUser({ ...input, role: 'LEARNER' });
  if (!created) {
    return fail('email_taken', 'An account with this email already exists. Sign in instead.', {
      email: ['An account with this email already exists. Sign in instead.'],
    });
  }
  return { ok: true, data: { email: input.email } };
});
