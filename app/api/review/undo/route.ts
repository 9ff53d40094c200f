import { defineRoute } from '@/lib/server/http/define-route';
import { undoReview } from '@/lib/server/mutations/undo-review';
import { UndoReviewBodySchema } from '@/lib/server/review-input';

/** Takes back an answer, restoring the card's previous state exactly. */
export const POST = defineRoute({ auth: 'user', body: UndoReviewBodySchema }, ({ user, body, now }) =>
  undoReview(user.id, body.reviewId, now),
);
