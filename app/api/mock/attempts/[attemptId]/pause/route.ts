import { AttemptParamsSchema, PauseMockSchema } from '@/lib/core/mock/schema';
import { defineRoute } from '@/lib/server/http/define-route';
import { setMockPaused } from '@/lib/server/mutations/set-mock-paused';

/** Pauses or resumes a practice attempt's clock: `{ paused }`. Interviews can't pause (409). */
export const POST = defineRoute(
  { auth: 'user', params: AttemptParamsSchema, notFound: 'No such attempt.', body: PauseMockSchema },
  ({ user, params, body, now }) => setMockPaused(user.id, params.attemptId, body.paused, now),
);
