import { type NextRequest, NextResponse } from 'next/server';
import { apiError, parseJsonBody, requireApiUser } from '@/lib/server/api';
import { RecordReviewBodySchema } from '@/lib/server/review-input';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';

/** Records one answer. Idempotent per reviewId. */
export async function POST(request: NextRequest): Promise<NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const body = await parseJsonBody(request, RecordReviewBodySchema);
  if (!body.ok) return body.response;
  const result = await reviewStateRepository().record({ userId: user.id, ...body.data, now: new Date() });
  if (!result.ok) return apiError(result.code, result.message);
  return NextResponse.json(result.data);
}
