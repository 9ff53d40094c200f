import { AttemptParamsSchema, MAX_ANSWER_BODY_BYTES, SubmitMockSchema } from '@/lib/core/mock/schema';
import { defineRoute } from '@/lib/server/http/define-route';
import { submitMockAttempt } from '@/lib/server/mutations/submit-mock-attempt';

/** Submits and grades a mock answer: `{ draft?, version?, auto }`. Idempotent: a repeat returns the stored result. */
export const POST = defineRoute(
  { auth: 'user', params: AttemptParamsSchema, notFound: 'No such attempt.', body: SubmitMockSchema, maxBodyBytes: MAX_ANSWER_BODY_BYTES },
  ({ user, params, body, now }) => submitMockAttempt(user.id, params.attemptId, body, now),
);
