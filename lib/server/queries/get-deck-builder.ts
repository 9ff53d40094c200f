import 'server-only';
import type { SessionUser } from '../auth';
import type { CardFields } from '@/lib/core/deck-io/types';
import { CARD_FIELD_COLUMNS, toCardFields } from '../card-dto';
import { db } from '../db';
import { findEditableDeck, type EditableDeckKind } from '../permissions/find-editable-deck';

export type BuilderCard = CardFields & {
  id: string;
  /** The deck's own card (editable) rather than a library card (referenced). */
  own: boolean;
};

export type DeckBuilder = {
  deck: { id: string; title: string; description: string; published: boolean };
  cards: BuilderCard[];
  /** Classes the deck is assigned to. */
  classes: { id: string; name: string }[];
};

/**
 * A deck for its builder, the live cards in order; null unless the actor may edit it (an instructor
 * deck: owner or admin; a personal deck: its owner only).
 */
export async function getDeckBuilder(
  actor: SessionUser,
  deckId: string,
  kind: EditableDeckKind = 'INSTRUCTOR',
): Promise<DeckBuilder | null> {
  const deck = await findEditableDeck(actor, deckId, kind);
  if (!deck) return null;
  const [rows, assignments] = await Promise.all([
    db.deckCard.findMany({
      where: { deckId: deck.id, card: { retiredAt: null } },
      orderBy: { position: 'asc' },
      select: {
        card: {
          select: { id: true, ownerId: true, ...CARD_FIELD_COLUMNS },
        },
      },
    }),
    db.deckAssignment.findMany({
      where: { deckId: deck.id, class: { archivedAt: null } },
      select: { class: { select: { id: true, name: true } } },
    }),
  ]);
  return {
    deck: { id: deck.id, title: deck.title, description: deck.description, published: deck.published },
    cards: rows.map(({ card }) => ({ id: card.id, own: card.ownerId !== null, ...toCardFields(card) })),
    classes: assignments.map((a) => a.class),
  };
}
