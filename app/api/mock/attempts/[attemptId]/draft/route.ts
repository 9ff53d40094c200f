import { AttemptParamsSchema, MAX_ANSWER_BODY_BYTES, SaveDraftSchema } from '@/lib/core/mock/schema';
import { defineRoute } from '@/lib/server/http/define-route';
import { saveMockDraft } from '@/lib/server/mutations/save-mock-draft';

/**
 * Autosave of a mock answer: `{ draft, version }`. Last write wins by version; a stale or repeated
 * version changes nothing and answers with the stored version. Also the target of the page's
 * sendBeacon when it is hidden or closed (sent as text/plain, accepted here only from our own origin).
 */
export const POST = defineRoute(
  { auth: 'user', params: AttemptParamsSchema, notFound: 'No such attempt.', body: SaveDraftSchema, maxBodyBytes: MAX_ANSWER_BODY_BYTES, beacon: true },
  ({ user, params, body, now }) => saveMockDraft(user.id, params.attemptId, body, now),
);
