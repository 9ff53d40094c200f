import 'server-only';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { db } from '../db';
import type { UpdateDeckInput } from '../instructor/instructor-input';
import { findEditableDeck, type EditableDeckKind } from '../permissions/find-editable-deck';

/** Renames a deck the actor may edit (an instructor's, or a learner's personal deck), or changes its description. */
export async function updateDeck(
  actor: SessionUser,
  input: UpdateDeckInput,
  kind: EditableDeckKind = 'INSTRUCTOR',
): Promise<ActionResult<{ deckId: string }>> {
  const deck = await findEditableDeck(actor, input.deckId, kind);
  if (!deck) return fail('not_found', 'No such deck.');
  await db.deck.update({ where: { id: deck.id }, data: { title: input.title, description: input.description } });
  return { ok: true, data: { deckId: deck.id } };
}
