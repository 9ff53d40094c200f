'use server';
import { z } from 'zod';
import { fail, type ActionResult } from '../action-result';
import { createUser } from '../mutations/create-user';
import { PasswordSchema } from '../password';

const SignUpSchema = z.object({
  name: z.string().trim().max(100, { message: 'Name must be at most 100 characters.' }).optional(),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'Enter a valid email address.' })),
  password: PasswordSchema,
});

/** Creates a learner account; the client then signs in with the same credentials. */
export async function signUpAction(input: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = SignUpSchema.safeParse(input);
  if (!parsed.success) {
    return fail('invalid_input', 'Please fix the highlighted fields.', z.flattenError(parsed.error).fieldErrors);
  }
  const created = await createUser({ ...parsed.data, role: 'LEARNER' });
  if (!created) {
    return fail('email_taken', 'An account with this email already exists. Sign in instead.', {
      email: ['An account with this email already exists.'],
    });
  }
  return { ok: true, data: { email: parsed.data.email } };
}
