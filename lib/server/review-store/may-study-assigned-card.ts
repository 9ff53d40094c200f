import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * Whether a learner may study an instructor's card: it sits in a published, live deck assigned
 * to a live class the learner belongs to. (Library cards are open to everyone and a card's
 * owner may always study it: those cases never get here.) The SQLite store asks the same
 * question in SQL (sqlite-review-store.ts, `mayStudyAssigned`): keep the two identical.
 */
export async function mayStudyAssignedCard(
  tx: Prisma.TransactionClient,
  userId: string,
  cardId: string,
): Promise<boolean> {
  const link = await tx.deckCard.findFirst({
    where: {
      cardId,
      deck: {
        published: true,
        retiredAt: null,
        assignments: { some: { class: { archivedAt: null, members: { some: { userId } } } } },
      },
    },
    select: { deckId: true },
  });
  return link !== null;
}
