import 'server-only';
import { z } from 'zod';
import { passwordProblem } from '@/lib/core/password-problem';
import { isCommonPassword } from './common-passwords';

/** A password someone chooses (sign-up, reset): the rules of passwordProblem, with the maintained common list. */
export const NewPasswordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password, isCommonPassword);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
