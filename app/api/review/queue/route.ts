import { z } from 'zod';
import { defineRoute } from '@/lib/server/http/define-route';
import { getFocusQueue } from '@/lib/server/queries/get-focus-queue';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';

const CardIdSchema = z.string().min(1).max(200);
const QuerySchema = z.object({
  after: CardIdSchema.optional(),
  /** A focus session: these cards (comma-separated, at most 100), due or not. */
  cards: z
    .string()
    .max(20_000)
    .transform((v) => v.split(',').filter(Boolean))
    .pipe(z.array(CardIdSchema).max(100, { message: 'at most 100 card ids' }))
    .optional(),
});

/**
 * The cards due now, in order, with counts. `?after=<cardId>` keeps that card from coming first;
 * `?cards=a,b,c` serves those cards instead (a focus session, e.g. after a quiz).
 */
export const GET = defineRoute({ auth: 'user', query: QuerySchema }, async ({ user, query, now }) => ({
  ok: true,
  data: query.cards ? await getFocusQueue(user.id, now, query.cards) : await getReviewQueue(user.id, now, query.after ?? null),
}));
