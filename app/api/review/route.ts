import { defineRoute } from '@/lib/server/http/define-route';
import { RecordReviewBodySchema } from '@/lib/server/review-input';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';

/** Records one answer. Idempotent per reviewId. */
export const POST = defineRoute({ auth: 'user', body: RecordReviewBodySchema }, ({ user, body, now }) =>
  reviewStateRepository().record({ userId: user.id, ...body, now }),
);
