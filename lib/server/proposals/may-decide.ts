import 'server-only';
import type { SessionUser } from '../auth';
import { canManage } from '../permissions/can-manage';

/**
 * Who answers a proposal: admins for a library card (its owner is content/), the card's instructor
 * (or an admin, as for every instructor deck) for an instructor's card.
 */
export function mayDecide(actor: SessionUser, cardOwnerId: string | null): boolean {
  return cardOwnerId === null ? actor.role === 'ADMIN' : canManage(actor, cardOwnerId);
}
