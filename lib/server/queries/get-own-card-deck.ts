import 'server-only';
import { db } from '../db';

/** The personal deck holding this card of the learner's own, or null (not theirs, or not in a personal deck). */
export async function getOwnCardDeck(userId: string, cardId: string): Promise<string | null> {
  const link = await db.deckCard.findFirst({
    where: {
      cardId,
      card: { ownerId: userId, retiredAt: null },
      deck: { kind: 'PERSONAL', ownerId: userId, retiredAt: null },
    },
    select: { deckId: true },
  });
  return link?.deckId ?? null;
}
