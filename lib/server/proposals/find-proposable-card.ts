import 'server-only';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { studyableCardIdsQuery } from '../review-state/may-study-card';

export type ProposableCard = {
  id: string;
  front: string;
  back: string;
  explanation: string | null;
  /** Who decides: admins for a library card, the instructor for theirs. */
  owner: { kind: 'library' } | { kind: 'instructor'; ownerId: string };
};

/**
 * A card the actor may propose a fix to, or null: a live card they may study (the review rule, so
 * nobody learns of a card they can't see) that is a library card or an instructor's card — never a
 * learner's personal card (private) and never the actor's own (they edit it directly).
 */
export async function findProposableCard(actor: SessionUser, cardId: string): Promise<ProposableCard | null> {
  const card = await db.card.findFirst({
    where: { id: cardId, retiredAt: null },
    select: {
      id: true,
      front: true,
      back: true,
      explanation: true,
      ownerId: true,
      decks: { select: { deck: { select: { kind: true, ownerId: true } } } },
    },
  });
  if (!card || card.ownerId === actor.id) return null;
  const studyable = await db.$queryRaw<{ id: string }[]>(studyableCardIdsQuery(actor.id, [card.id]));
  if (studyable.length === 0) return null;
  const { decks, ownerId, ...texts } = card;
  if (ownerId === null) return { ...texts, owner: { kind: 'library' } };
  const inInstructorDeck = decks.some((d) => d.deck.kind === 'INSTRUCTOR' && d.deck.ownerId === ownerId);
  return inInstructorDeck ? { ...texts, owner: { kind: 'instructor', ownerId } } : null;
}
