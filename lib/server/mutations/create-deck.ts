import 'server-only';
import type { ActionResult } from '../action-result';
import { db } from '../db';
import type { DeckDetailsInput } from '../instructor/instructor-input';
import { newRandomId } from '../instructor/new-random-id';
import type { EditableDeckKind } from '../permissions/find-editable-deck';

/**
 * Creates an empty deck owned by this user: an instructor's starts as a draft (published later);
 * a learner's personal deck is private to them and studied at once (ADR 023).
 */
export async function createDeck(
  ownerId: string,
  details: DeckDetailsInput,
  kind: EditableDeckKind = 'INSTRUCTOR',
): Promise<ActionResult<{ deckId: string }>> {
  const deck = await db.deck.create({
    data: { id: newRandomId(), kind, ownerId, published: kind === 'PERSONAL', ...details },
    select: { id: true },
  });
  return { ok: true, data: { deckId: deck.id } };
}
