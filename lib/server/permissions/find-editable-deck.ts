import 'server-only';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { canManage } from './can-manage';

export type EditableDeck = { id: string; ownerId: string; title: string; description: string; published: boolean };

/** The kinds of deck someone edits: an instructor's (owner or admin), a learner's personal deck (owner only). */
export type EditableDeckKind = 'INSTRUCTOR' | 'PERSONAL';

/**
 * A deck of this kind the actor may edit, or null — also when it exists but belongs to someone
 * else, so its existence isn't revealed. Instructor decks: the owner (an instructor) or an admin
 * (`canManage`). Personal decks: their owner only, whatever their role — not even an admin reads
 * or changes a learner's private deck (ADR 023). `state` picks live decks (the default: everything
 * that edits a deck), archived ones (restore, delete) or either (ADR 024).
 */
export async function findEditableDeck(
  actor: SessionUser,
  deckId: string,
  kind: EditableDeckKind = 'INSTRUCTOR',
  state: 'live' | 'archived' | 'any' = 'live',
): Promise<EditableDeck | null> {
  const retiredAt = state === 'live' ? null : state === 'archived' ? { not: null } : undefined;
  const deck = await db.deck.findFirst({
    where: { id: deckId, kind, ...(retiredAt === undefined ? {} : { retiredAt }) },
    select: { id: true, ownerId: true, title: true, description: true, published: true },
  });
  if (!deck?.ownerId) return null;
  const allowed = kind === 'PERSONAL' ? deck.ownerId === actor.id : canManage(actor, deck.ownerId);
  return allowed ? { ...deck, ownerId: deck.ownerId } : null;
}
