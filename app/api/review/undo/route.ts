import { defineRoute } from '@/lib/server/http/define-route';
import { UndoReviewBodySchema } from '@/lib/server/review-input';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';

/** Takes back an answer, restoring the card's previous state exactly. */
export const POST = defineRoute({ auth: 'user', body: UndoReviewBodySchema }, ({ user, body, now }) =>
  reviewStateRepository().undo(user.id, body.reviewId, now),
);
