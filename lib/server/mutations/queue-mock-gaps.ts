import 'server-only';
import { newReviewState } from '@/lib/core/scheduler/new-review-state';
import type { Prisma } from '@/lib/generated/prisma/client';
import { reviewStateToRow } from '../review-state-row';

/**
 * Makes these cards due now for the learner ("add my gaps to review"): a card they have
 * studied keeps its memory state and only comes due now; a card they have never seen gets a
 * new state due now. Unknown, retired and private cards are skipped. Returns the ids queued.
 */
export async function queueMockGaps(
  tx: Prisma.TransactionClient,
  userId: string,
  cardIds: readonly string[],
  now: Date,
): Promise<string[]> {
  if (cardIds.length === 0) return [];
  const cards = await tx.card.findMany({
    where: { id: { in: [...cardIds] }, retiredAt: null, ownerId: null },
    select: { id: true, states: { where: { userId }, select: { due: true } } },
  });
  const byId = new Map(cards.map((c) => [c.id, c]));
  const queued: string[] = [];
  for (const cardId of cardIds) {
    const card = byId.get(cardId);
    if (!card) continue;
    const state = card.states[0];
    if (!state) {
      await tx.reviewState.create({ data: { userId, cardId, ...reviewStateToRow(newReviewState(now)) } });
    } else if (state.due > now) {
      await tx.reviewState.update({ where: { userId_cardId: { userId, cardId } }, data: { due: now } });
    }
    queued.push(cardId);
  }
  return queued;
}
