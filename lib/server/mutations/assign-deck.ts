import 'server-only';
import { fail } from '../action-result';
import { db } from '../db';
import type { AssignDeckInput } from '../instructor/instructor-input';
import type { InstructorMutation } from '../instructor/instructor-mutation';
import { canManage } from '../permissions/can-manage';
import { findManagedClass } from '../permissions/find-managed-class';

/**
 * Assigns a deck to a class the actor manages: one of the actor's own decks, or a library deck.
 * Its cards join every member's daily review (a draft deck once it is published). Idempotent.
 */
export const assignDeck: InstructorMutation<AssignDeckInput, { deckId: string }> = async (actor, input) => {
  const found = await findManagedClass(actor, input.classId);
  if (!found) return fail('not_found', 'No such class.');
  const deck = await db.deck.findFirst({
    where: { id: input.deckId, retiredAt: null },
    select: { id: true, kind: true, ownerId: true },
  });
  // A library deck, or one of the actor's instructor decks; never a learner's personal deck.
  if (!deck || deck.kind === 'PERSONAL' || (deck.kind === 'INSTRUCTOR' && !canManage(actor, deck.ownerId)))
    return fail('not_found', 'No such deck.');
  await db.deckAssignment.upsert({
    where: { classId_deckId: { classId: found.id, deckId: deck.id } },
    create: { classId: found.id, deckId: deck.id },
    update: {},
  });
  return { ok: true, data: { deckId: deck.id } };
};
