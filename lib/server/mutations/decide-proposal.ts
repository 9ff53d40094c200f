import 'server-only';
import type { DecideProposalInput } from '@/lib/core/proposals/schema';
import { fail, type ActionResult } from '../action-result';
import type { SessionUser } from '../auth';
import { db } from '../db';
import { mayDecide } from '../proposals/may-decide';

type Decided = { proposalId: string; status: 'ACCEPTED' | 'DECLINED'; cardUpdated: boolean };

/**
 * Accepts or declines a proposal for a card the actor answers for. Accepting an instructor's card
 * updates the card in place (same id: everyone's progress stays), with the decision, in one
 * transaction. Accepting a library card records the decision only: its text lives in content/, and
 * the next content sync would overwrite an edit of the database copy — the admin makes the change in
 * the file the proposals page names (ADR 023). Answering the same way again is a no-op; changing an
 * answer is a conflict.
 */
export async function decideProposal(
  actor: SessionUser,
  input: DecideProposalInput,
  now: Date,
): Promise<ActionResult<Decided>> {
  const proposal = await db.cardProposal.findUnique({
    where: { id: input.proposalId },
    select: {
      id: true,
      status: true,
      front: true,
      back: true,
      explanation: true,
      card: { select: { id: true, ownerId: true, retiredAt: true } },
    },
  });
  if (!proposal || !mayDecide(actor, proposal.card.ownerId)) return fail('not_found', 'No such proposal.');
  const status = input.decision === 'accept' ? 'ACCEPTED' : 'DECLINED';
  const library = proposal.card.ownerId === null;
  if (proposal.status !== 'OPEN') {
    return proposal.status === status
      ? { ok: true, data: { proposalId: proposal.id, status, cardUpdated: false } }
      : fail('conflict', 'This proposal was already answered.');
  }
  const updateCard = status === 'ACCEPTED' && !library;
  if (updateCard && proposal.card.retiredAt)
    return fail('conflict', 'The card was removed from its deck: decline instead.');
  await db.$transaction(async (tx) => {
    const claimed = await tx.cardProposal.updateMany({
      where: { id: proposal.id, status: 'OPEN' },
      data: { status, decidedById: actor.id, decidedAt: now, note: input.note || null },
    });
    if (claimed.count !== 1) return;
    if (updateCard) {
      await tx.card.update({
        where: { id: proposal.card.id },
        data: { front: proposal.front, back: proposal.back, explanation: proposal.explanation },
      });
    }
  });
  return { ok: true, data: { proposalId: proposal.id, status, cardUpdated: updateCard } };
}
