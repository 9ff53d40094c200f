import 'server-only';
import { z } from 'zod';
import { fail, type ActionResult } from '../action-result';

/** The failure for input that doesn't parse, with zod's messages per field. */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  return fail(
    'invalid_input',
    'Please fix the highlighted fields.',
    z.flattenError(error).fieldErrors as Record<string, string[]>,
  );
}
