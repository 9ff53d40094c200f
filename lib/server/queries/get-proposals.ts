import 'server-only';
import path from 'node:path';
import { findIdInContent } from '@/lib/content/find-id-in-content';
import { libraryCardOrigin } from '@/lib/core/proposals/library-card-origin';
import { proposalChanges, type ProposalChange } from '@/lib/core/proposals/proposal-changes';
import type { SessionUser } from '../auth';
import { getContent } from '../content';
import { db } from '../db';

export type ProposalView = {
  id: string;
  cardId: string;
  /** The card's front now (the proposal may be older than an edit). */
  cardFront: string;
  library: boolean;
  status: 'OPEN' | 'ACCEPTED' | 'DECLINED';
  reason: string;
  changes: ProposalChange[];
  proposer: string;
  createdAt: Date;
  decidedAt: Date | null;
  note: string | null;
  /** Library cards: where to make the change in content/. */
  location: { file: string; line: number | null; fields: string } | null;
};

export type ProposalsPage = {
  /** Proposals the actor answers for: their cards' (instructor), library cards' (admin). Open first. */
  toDecide: ProposalView[];
  /** The actor's own proposals with their outcome. */
  mine: ProposalView[];
};

const SELECT = {
  id: true,
  cardId: true,
  status: true,
  reason: true,
  front: true,
  back: true,
  explanation: true,
  beforeFront: true,
  beforeBack: true,
  beforeExplanation: true,
  createdAt: true,
  decidedAt: true,
  note: true,
  proposer: { select: { name: true, email: true } },
  card: { select: { front: true, ownerId: true } },
} as const;

/**
 * The proposals page of a user: what they proposed, and (instructors, admins) what was proposed for
 * the cards they answer for — an instructor's own cards; library cards for an admin. Every read is
 * scoped by who asks: nobody sees another learner's proposals or proposals for someone else's cards.
 */
export async function getProposals(actor: SessionUser): Promise<ProposalsPage> {
  const decides =
    actor.role === 'LEARNER'
      ? null
      : actor.role === 'ADMIN'
        ? { OR: [{ card: { ownerId: null } }, { card: { ownerId: actor.id } }] }
        : { card: { ownerId: actor.id } };
  const [mineRows, decideRows] = await Promise.all([
    db.cardProposal.findMany({
      where: { proposerId: actor.id },
      orderBy: { createdAt: 'desc' },
      take: 200,
      select: SELECT,
    }),
    decides
      ? db.cardProposal.findMany({
          where: decides,
          orderBy: [{ status: 'asc' }, { createdAt: 'desc' }],
          take: 200,
          select: SELECT,
        })
      : [],
  ]);
  const content = await getContent();
  const comparisonIds = content.comparisons.map((c) => c.id);
  const root = path.join(process.cwd(), 'content');

  async function view(row: (typeof mineRows)[number], withLocation: boolean): Promise<ProposalView> {
    const library = row.card.ownerId === null;
    let location: ProposalView['location'] = null;
    if (library && withLocation) {
      const origin = libraryCardOrigin(row.cardId, comparisonIds);
      const found = await findIdInContent(root, origin.folder, origin.search, origin.file);
      location = {
        file: found?.file ?? origin.file ?? `${origin.folder}/`,
        line: found?.line ?? null,
        fields: origin.fields,
      };
    }
    return {
      id: row.id,
      cardId: row.cardId,
      cardFront: row.card.front,
      library,
      status: row.status,
      reason: row.reason,
      changes: proposalChanges(
        { front: row.beforeFront, back: row.beforeBack, explanation: row.beforeExplanation },
        { front: row.front, back: row.back, explanation: row.explanation },
      ),
      proposer: row.proposer.name ?? row.proposer.email,
      createdAt: row.createdAt,
      decidedAt: row.decidedAt,
      note: row.note,
      location,
    };
  }
  const order = { OPEN: 0, ACCEPTED: 1, DECLINED: 1 } as const;
  const toDecide = await Promise.all(decideRows.map((r) => view(r, true)));
  toDecide.sort((a, b) => order[a.status] - order[b.status] || b.createdAt.getTime() - a.createdAt.getTime());
  return { toDecide, mine: await Promise.all(mineRows.map((r) => view(r, false))) };
}
