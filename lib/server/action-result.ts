import 'server-only';
import { z } from 'zod';
import { fail, type Failure } from '@/lib/core/errors/error-code';

export { fail, type ActionResult, type ErrorCode, type Failure } from '@/lib/core/errors/error-code';

/** The one failure for input that doesn't parse: a summary plus zod's messages per field. */
export function invalidInput(error: z.ZodError, message = 'Please fix the highlighted fields.'): Failure<'invalid_input'> {
  return fail('invalid_input', message, z.flattenError(error).fieldErrors as Record<string, string[]>);
}

/** zod's issues as one line — `grade: must be one of …; body: …` — for callers that show no form. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}
