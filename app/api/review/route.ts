import { type NextRequest, NextResponse } from 'next/server';
import { apiError, parseJsonBody, requireApiUser } from '@/lib/server/api';
import { recordReview } from '@/lib/server/mutations/record-review';
import { RecordReviewBodySchema } from '@/lib/server/review-input';

/** Records one answer. Idempotent per reviewId. */
export async function POST(request: NextRequest): Promise<NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const body = await parseJsonBody(request, RecordReviewBodySchema);
  if (!body.ok) return body.response;
  const result = await recordReview({ userId: user.id, ...body.data, now: new Date() });
  if (!result.ok) return apiError(result.code, result.message);
  return NextResponse.json(result.data);
}
