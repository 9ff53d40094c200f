import { defineRoute } from '@/lib/server/http/define-route';
import { recordReview } from '@/lib/server/mutations/record-review';
import { RecordReviewBodySchema } from '@/lib/server/review-input';

/** Records one answer. Idempotent per reviewId. */
export const POST = defineRoute({ auth: 'user', body: RecordReviewBodySchema }, ({ user, body, now }) =>
  recordReview({ userId: user.id, ...body, now }),
);
