import { type NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { apiError, requireApiUser } from '@/lib/server/api';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';

const QuerySchema = z.object({ after: z.string().min(1).max(200).nullable() });

/** The cards due now, in order, with counts. `?after=<cardId>` keeps that card from coming first. */
export async function GET(request: NextRequest): Promise<NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const query = QuerySchema.safeParse({ after: new URL(request.url).searchParams.get('after') });
  if (!query.success) return apiError('bad_request', 'after must be a card id.');
  const queue = await getReviewQueue(user.id, new Date(), query.data.after);
  return NextResponse.json(queue, { headers: { 'Cache-Control': 'no-store' } });
}
