import 'server-only';
import { proposalChanges } from '@/lib/core/proposals/proposal-changes';
import type { ProposeCardFixInput } from '@/lib/core/proposals/schema';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { isUniqueViolation } from '../is-unique-violation';
import { findProposableCard } from '../proposals/find-proposable-card';

/**
 * Records a learner's proposed fix to a library or instructor card, for the card's owner to decide.
 * Idempotent per `requestId`: sending it again (a double click, a retry) answers the same proposal.
 */
export async function proposeCardFix(
  actor: SessionUser,
  input: ProposeCardFixInput,
): Promise<ActionResult<{ proposalId: string }>> {
  const existing = await db.cardProposal.findUnique({
    where: { proposerId_requestId: { proposerId: actor.id, requestId: input.requestId } },
    select: { id: true, cardId: true },
  });
  if (existing) {
    return existing.cardId === input.cardId
      ? { ok: true, data: { proposalId: existing.id } }
      : fail('conflict', 'This request was already used for another card. Reload the page.');
  }
  const card = await findProposableCard(actor, input.cardId);
  if (!card) return fail('not_found', 'No such card, or not one you can propose a fix to.');
  const after = { front: input.front, back: input.back, explanation: input.explanation || null };
  if (proposalChanges(card, after).length === 0) {
    return fail('invalid_input', 'Change the front, back or explanation first.', {
      front: ['This is the card as it is: change something to propose a fix.'],
    });
  }
  try {
    const row = await db.cardProposal.create({
      data: {
        cardId: card.id,
        proposerId: actor.id,
        requestId: input.requestId,
        front: after.front,
        back: after.back,
        explanation: after.explanation,
        reason: input.reason,
        beforeFront: card.front,
        beforeBack: card.back,
        beforeExplanation: card.explanation,
      },
      select: { id: true },
    });
    return { ok: true, data: { proposalId: row.id } };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same request raced itself: answer the one that won.
    const won = await db.cardProposal.findUniqueOrThrow({
      where: { proposerId_requestId: { proposerId: actor.id, requestId: input.requestId } },
      select: { id: true },
    });
    return { ok: true, data: { proposalId: won.id } };
  }
}
