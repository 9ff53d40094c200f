import { type NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { apiError, requireApiUser } from '@/lib/server/api';
import { getFocusQueue } from '@/lib/server/queries/get-focus-queue';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';

const QuerySchema = z.object({
  after: z.string().min(1).max(200).nullable(),
  /** A focus session: these cards (comma-separated, at most 100), due or not. */
  cards: z
    .string()
    .max(20_000)
    .nullable()
    .transform((v) => (v === null ? null : v.split(',').filter(Boolean)))
    .pipe(z.array(z.string().min(1).max(200)).max(100).nullable()),
});

/**
 * The cards due now, in order, with counts. `?after=<cardId>` keeps that card from coming first;
 * `?cards=a,b,c` serves those cards instead (a focus session, e.g. after a quiz).
 */
export async function GET(request: NextRequest): Promise<NextResponse> {
  const user = await requireApiUser(request);
  if (user instanceof NextResponse) return user;
  const params = new URL(request.url).searchParams;
  const query = QuerySchema.safeParse({ after: params.get('after'), cards: params.get('cards') });
  if (!query.success) return apiError('bad_request', 'after must be a card id; cards a comma-separated list of at most 100 card ids.');
  const queue = query.data.cards
    ? await getFocusQueue(user.id, new Date(), query.data.cards)
    : await getReviewQueue(user.id, new Date(), query.data.after);
  return NextResponse.json(queue, { headers: { 'Cache-Control': 'no-store' } });
}
