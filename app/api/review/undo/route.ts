import { type NextRequest, NextResponse } from 'next/server';
import { apiError, parseJsonBody, requireApiUser } from '@/lib/server/api';
import { undoReview } from '@/lib/server/mutations/undo-review';
import { UndoReviewBodySchema } from '@/lib/server/review-input';

/** Takes back an answer, restoring the card's previous state exactly. */
export async function POST(request: NextRequest): Promise<NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const body = await parseJsonBody(request, UndoReviewBodySchema);
  if (!body.ok) return body.response;
  const result = await undoReview(user.id, body.data.reviewId, new Date());
  if (!result.ok) return apiError(result.code, result.message);
  return NextResponse.json(result.data);
}
