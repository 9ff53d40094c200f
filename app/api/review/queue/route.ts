import { z } from 'zod';
import { defineRoute } from '@/lib/server/http/define-route';
import { getDeckQueue } from '@/lib/server/queries/get-deck-queue';
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
  /** A session of one deck only ("study this deck now"). */
  deck: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/).optional(),
});

/**
 * The cards due now, in order, with counts. `?after=<cardId>` keeps that card from coming first;
 * `?cards=a,b,c` serves those cards instead (a focus session, e.g. after a quiz); `?deck=<id>` one deck's queue.
 */
export const GET = defineRoute({ auth: 'user', query: QuerySchema }, async ({ user, query, now }) => {
  if (query.cards) return { ok: true, data: await getFocusQueue(user.id, now, query.cards) };
  if (query.deck) {
    const queue = await getDeckQueue(user.id, now, query.deck, query.after ?? null);
    return queue ? { ok: true, data: queue } : { ok: false, code: 'not_found', message: 'No such deck.' };
  }
  return { ok: true, data: await getReviewQueue(user.id, now, query.after ?? null) };
});
