import 'server-only';
import type { SessionUser } from '../auth';
import { findProposableCard, type ProposableCard } from '../proposals/find-proposable-card';

/** The card a learner is proposing a fix to, with its current text, or null when they can't propose one. */
export function getProposableCard(actor: SessionUser, cardId: string): Promise<ProposableCard | null> {
  return findProposableCard(actor, cardId);
}
