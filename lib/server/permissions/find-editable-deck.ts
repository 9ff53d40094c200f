import 'server-only';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { canManage } from './can-manage';

export type EditableDeck = { id: string; ownerId: string; title: string; description: string; published: boolean };

/**
 * An instructor deck the actor may edit (theirs; any, for an admin), or null — also when it
 * exists but belongs to someone else, so its existence isn't revealed. `state` picks live decks
 * (the default: everything that edits a deck), archived ones (restore, delete) or either.
 */
export async function findEditableDeck(
  actor: SessionUser,
  deckId: string,
  state: 'live' | 'archived' | 'any' = 'live',
): Promise<EditableDeck | null> {
  const retiredAt = state === 'live' ? null : state === 'archived' ? { not: null } : undefined;
  const deck = await db.deck.findFirst({
    where: { id: deckId, kind: 'INSTRUCTOR', ...(retiredAt === undefined ? {} : { retiredAt }) },
    select: { id: true, ownerId: true, title: true, description: true, published: true },
  });
  if (!deck?.ownerId || !canManage(actor, deck.ownerId)) return null;
  return { ...deck, ownerId: deck.ownerId };
}
