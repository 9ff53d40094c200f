'use server';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { AssignDeckSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { canManage } from '../permissions/can-manage';
import { findManagedClass } from '../permissions/find-managed-class';

/**
 * Assigns a deck to a class: one of the instructor's own decks, or a library deck. Its cards join
 * every member's daily review (a draft deck once it is published).
 */
export async function assignDeckAction(input: unknown): Promise<ActionResult<{ deckId: string }>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = AssignDeckSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const found = await findManagedClass(auth.data, parsed.data.classId);
  if (!found) return fail('not_found', 'No such class.');
  const deck = await db.deck.findFirst({
    where: { id: parsed.data.deckId, retiredAt: null },
    select: { id: true, kind: true, ownerId: true },
  });
  if (!deck || (deck.kind === 'INSTRUCTOR' && !canManage(auth.data, deck.ownerId)))
    return fail('not_found', 'No such deck.');
  await db.deckAssignment.upsert({
    where: { classId_deckId: { classId: found.id, deckId: deck.id } },
    create: { classId: found.id, deckId: deck.id },
    update: {},
  });
  return { ok: true, data: { deckId: deck.id } };
}
