import { type NextRequest, NextResponse } from 'next/server';
import { apiError, parseJsonBody, requireApiUser } from '@/lib/server/api';
import { UndoReviewBodySchema } from '@/lib/server/review-input';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';

/** Takes back an answer, restoring the card's previous state exactly. */
export async function POST(request: NextRequest): Promise<NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const body = await parseJsonBody(request, UndoReviewBodySchema);
  if (!body.ok) return body.response;
  const result = await reviewStateRepository().undo(user.id, body.data.reviewId, new Date());
  if (!result.ok) return apiError(result.code, result.message);
  return NextResponse.json(result.data);
}
