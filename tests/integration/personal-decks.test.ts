import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/generated/prisma/enums';
import { assignDeckAction } from '@/lib/server/actions/assign-deck-action';
import { createPersonalDeckAction } from '@/lib/server/actions/create-personal-deck-action';
import { decideProposalAction } from '@/lib/server/actions/decide-proposal-action';
import { proposeCardFixAction } from '@/lib/server/actions/propose-card-fix-action';
import { removePersonalCardAction } from '@/lib/server/actions/remove-personal-card-action';
import { saveDeckCardAction } from '@/lib/server/actions/save-deck-card-action';
import { savePersonalCardAction } from '@/lib/server/actions/save-personal-card-action';
import { updatePersonalDeckAction } from '@/lib/server/actions/update-personal-deck-action';
import type { SessionUser } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { getDeckBuilder } from '@/lib/server/queries/get-deck-builder';
import { getPersonalDecks } from '@/lib/server/queries/get-personal-decks';
import { getProposals } from '@/lib/server/queries/get-proposals';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';
import { prismaQueueSource } from '@/lib/server/review-state/prisma-queue-source';
import { studyableCardIdsQuery } from '@/lib/server/review-state/may-study-card';
import { makeClass, makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => (await import('./session')).authAs(importOriginal, session));

const NOW = new Date('2026-11-10T12:00:00Z');
const as = (user: SessionUser | null) => {
  session.as = user?.id ?? null;
};
const ok = <T>(result: { ok: true; data: T } | { ok: false; code: string; message: string }): T => {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data;
};
async function user(role: Role): Promise<SessionUser> {
  const made = await makeUser(role);
  return { ...made, name: null, role };
}
const card = (deckId: string, front: string, extra: object = {}) => ({
  deckId,
  front,
  back: 'An answer in **Markdown**.',
  explanation: '',
  tags: ['mine'],
  dimension: null,
  misconception: null,
  sources: [],
  ...extra,
});
const mayStudy = async (userId: string, cardId: string) =>
  (await db.$queryRaw<{ id: string }[]>(studyableCardIdsQuery(userId, [cardId]))).length === 1;

let owner: SessionUser;
let otherLearner: SessionUser;
let instructor: SessionUser;
let admin: SessionUser;

beforeAll(async () => {
  await seedContent();
  [owner, otherLearner, instructor, admin] = await Promise.all([
    user('LEARNER'),
    user('LEARNER'),
    user('INSTRUCTOR'),
    user('ADMIN'),
  ]);
});

describe('personal decks', () => {
  it('a learner creates a deck and a card with the card editor’s action; it is studied like any deck', async () => {
    as(owner);
    const { deckId } = ok(await createPersonalDeckAction({ title: 'My gaps', description: 'Things I keep missing.' }));
    const { cardId } = ok(await savePersonalCardAction(card(deckId, 'What is the **ALB** idle timeout default?')));

    expect(await getPersonalDecks(owner.id)).toEqual([
      { id: deckId, title: 'My gaps', description: 'Things I keep missing.', cards: 1 },
    ]);
    const builder = await getDeckBuilder(owner, deckId, 'PERSONAL');
    expect(builder?.cards).toMatchObject([
      { id: cardId, own: true, front: 'What is the **ALB** idle timeout default?' },
    ]);
    expect((await db.card.findUniqueOrThrow({ where: { id: cardId } })).ownerId).toBe(owner.id);

    // Its deck comes before the library in the learner's studied decks, on both queue sources, so the card is in today's queue.
    const settings = await prismaQueueSource.settings(owner.id);
    const studied = await prismaQueueSource.studiedDeckIds(owner.id, settings.study.deckIds);
    expect(studied).toContain(deckId);
    const queue = await getReviewQueue(owner.id, NOW, null, 100);
    expect(queue.cards.map((c) => c.id)).toContain(cardId);
    expect(await mayStudy(owner.id, cardId)).toBe(true);

    // Edited in place (same id), then removed (retired, not deleted).
    ok(await savePersonalCardAction({ ...card(deckId, 'Reworded'), cardId }));
    expect((await db.card.findUniqueOrThrow({ where: { id: cardId } })).front).toBe('Reworded');
    ok(await updatePersonalDeckAction({ deckId, title: 'My gaps (ALB)', description: 'Renamed.' }));
    ok(await removePersonalCardAction({ deckId, cardId }));
    expect((await db.card.findUniqueOrThrow({ where: { id: cardId } })).retiredAt).not.toBeNull();
  });

  it('is private: another learner, an instructor and an admin can neither read nor change it', async () => {
    as(owner);
    const { deckId } = ok(await createPersonalDeckAction({ title: 'Private', description: 'Mine only.' }));
    const { cardId } = ok(await savePersonalCardAction(card(deckId, 'Secret front')));
    const before = await db.card.findUniqueOrThrow({ where: { id: cardId } });

    for (const stranger of [otherLearner, instructor, admin]) {
      expect(await getDeckBuilder(stranger, deckId, 'PERSONAL')).toBeNull();
      expect(await getDeckBuilder(stranger, deckId)).toBeNull(); // not as an instructor deck either
      expect(await getPersonalDecks(stranger.id)).not.toContainEqual(expect.objectContaining({ id: deckId }));
      expect(await mayStudy(stranger.id, cardId)).toBe(false);
      const queue = await getReviewQueue(stranger.id, NOW, null, 100);
      expect(queue.cards.map((c) => c.id)).not.toContain(cardId);

      as(stranger);
      expect(await savePersonalCardAction({ ...card(deckId, 'Hijacked'), cardId })).toMatchObject({
        ok: false,
        code: 'not_found',
      });
      expect(await savePersonalCardAction(card(deckId, 'Added by a stranger'))).toMatchObject({
        ok: false,
        code: 'not_found',
      });
      expect(await removePersonalCardAction({ deckId, cardId })).toMatchObject({ ok: false, code: 'not_found' });
      expect(await updatePersonalDeckAction({ deckId, title: 'Mine now', description: 'x' })).toMatchObject({
        ok: false,
        code: 'not_found',
      });
      if (stranger.role !== 'LEARNER') {
        // The instructors' actions don't reach a personal deck, even for an admin.
        expect(await saveDeckCardAction({ ...card(deckId, 'Hijacked'), cardId })).toMatchObject({
          ok: false,
          code: 'not_found',
        });
      }
      // Nobody proposes fixes to a learner's private card.
      expect(
        await proposeCardFixAction({
          requestId: randomUUID(),
          cardId,
          front: 'x',
          back: 'y',
          explanation: '',
          reason: 'Looks wrong to me.',
        }),
      ).toMatchObject({ ok: false, code: 'not_found' });
    }
    // An instructor can't put a learner's personal deck into a class.
    as(instructor);
    const { classId } = await makeClass(instructor.id, { members: [otherLearner.id] });
    expect(await assignDeckAction({ classId, deckId })).toMatchObject({ ok: false, code: 'not_found' });
    expect(await db.deckAssignment.count({ where: { deckId } })).toBe(0);

    expect(await db.card.findUniqueOrThrow({ where: { id: cardId } })).toEqual(before);
    expect(await db.deckCard.count({ where: { deckId } })).toBe(1);
  });

  it('anonymous callers are refused', async () => {
    as(null);
    expect(await createPersonalDeckAction({ title: 't', description: 'd' })).toMatchObject({
      ok: false,
      code: 'unauthenticated',
    });
  });
});

describe('proposed fixes', () => {
  async function instructorCardSetup() {
    const { deckId, ownCardIds } = await makeInstructorDeck(instructor.id, { ownCards: 1 });
    await makeClass(instructor.id, { members: [owner.id], decks: [deckId] });
    return ownCardIds[0]!;
  }
  const proposal = (cardId: string, extra: object = {}) => ({
    requestId: randomUUID(),
    cardId,
    front: 'Own question 1 (clearer)',
    back: 'Own answer 1, with the default: **60 s**.',
    explanation: 'Source: the ALB docs.',
    reason: 'The answer leaves out the default value.',
    ...extra,
  });

  it('the instructor accepts a fix to their card: the card is updated and the proposer sees the outcome; submission is idempotent', async () => {
    const cardId = await instructorCardSetup();
    as(owner);
    const input = proposal(cardId);
    const first = ok(await proposeCardFixAction(input));
    expect(ok(await proposeCardFixAction(input))).toEqual(first); // a retry records nothing new
    expect(await db.cardProposal.count({ where: { cardId } })).toBe(1);

    // Not the learner's to decide, nor another instructor's; the admin of another's card isn't asked on the page.
    expect(await decideProposalAction({ proposalId: first.proposalId, decision: 'accept', note: '' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    const otherInstructor = await user('INSTRUCTOR');
    as(otherInstructor);
    expect(await decideProposalAction({ proposalId: first.proposalId, decision: 'accept', note: '' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect((await getProposals(otherInstructor)).toDecide).toEqual([]);

    as(instructor);
    const page = await getProposals(instructor);
    expect(page.toDecide).toMatchObject([
      {
        id: first.proposalId,
        status: 'OPEN',
        library: false,
        location: null,
        changes: [
          { field: 'front', before: 'Own question 1', after: 'Own question 1 (clearer)' },
          { field: 'back', before: 'Own answer 1' },
          { field: 'explanation', before: '', after: 'Source: the ALB docs.' },
        ],
      },
    ]);
    const decided = ok(
      await decideProposalAction({ proposalId: first.proposalId, decision: 'accept', note: 'Thanks!' }),
    );
    expect(decided).toMatchObject({ status: 'ACCEPTED', cardUpdated: true });
    expect(await db.card.findUniqueOrThrow({ where: { id: cardId } })).toMatchObject({
      front: 'Own question 1 (clearer)',
      back: 'Own answer 1, with the default: **60 s**.',
      explanation: 'Source: the ALB docs.',
    });
    // Same answer again: a no-op; the other answer: a conflict.
    expect(
      ok(await decideProposalAction({ proposalId: first.proposalId, decision: 'accept', note: '' })),
    ).toMatchObject({
      cardUpdated: false,
    });
    expect(await decideProposalAction({ proposalId: first.proposalId, decision: 'decline', note: '' })).toMatchObject({
      ok: false,
      code: 'conflict',
    });

    expect((await getProposals(owner)).mine).toContainEqual(
      expect.objectContaining({ id: first.proposalId, status: 'ACCEPTED', note: 'Thanks!' }),
    );
    // Another learner sees nothing of it.
    expect(await getProposals(otherLearner)).toEqual({ toDecide: [], mine: [] });
  });

  it('a declined proposal leaves the card as it was, with the note for the proposer', async () => {
    const cardId = await instructorCardSetup();
    as(owner);
    const { proposalId } = ok(await proposeCardFixAction(proposal(cardId)));
    as(instructor);
    ok(await decideProposalAction({ proposalId, decision: 'decline', note: 'The default is in the next card.' }));
    expect(await db.card.findUniqueOrThrow({ where: { id: cardId } })).toMatchObject({
      front: 'Own question 1',
      back: 'Own answer 1',
    });
    expect((await getProposals(owner)).mine).toContainEqual(
      expect.objectContaining({ id: proposalId, status: 'DECLINED', note: 'The default is in the next card.' }),
    );
  });

  it('refuses cards the learner may not study, their own cards, no change, and bad input', async () => {
    const cardId = await instructorCardSetup();
    as(otherLearner); // not in the class
    expect(await proposeCardFixAction(proposal(cardId))).toMatchObject({ ok: false, code: 'not_found' });
    as(instructor); // their own card: they edit it
    expect(await proposeCardFixAction(proposal(cardId))).toMatchObject({ ok: false, code: 'not_found' });
    as(owner);
    expect(
      await proposeCardFixAction(proposal(cardId, { front: 'Own question 1', back: 'Own answer 1', explanation: '' })),
    ).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(await proposeCardFixAction(proposal(cardId, { reason: 'short' }))).toMatchObject({
      ok: false,
      code: 'invalid_input',
      fieldErrors: { reason: [expect.any(String)] },
    });
    expect(await proposeCardFixAction(proposal(cardId, { back: 'x'.repeat(4001) }))).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    expect(await proposeCardFixAction(proposal(cardId, { requestId: 'not-a-uuid' }))).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    expect(await db.cardProposal.count({ where: { cardId } })).toBe(0);
  });

  it('a library card’s proposal goes to admins, who accept it by editing the named content/ file (the database copy is unchanged)', async () => {
    const cardId = 'misconception.alb-has-no-auth';
    const before = await db.card.findUniqueOrThrow({ where: { id: cardId } });
    as(owner);
    const { proposalId } = ok(
      await proposeCardFixAction(
        proposal(cardId, {
          front: `${before.front} (clarified)`,
          back: before.back,
          explanation: before.explanation ?? '',
        }),
      ),
    );

    expect((await getProposals(instructor)).toDecide.map((p) => p.id)).not.toContain(proposalId);
    as(instructor);
    expect(await decideProposalAction({ proposalId, decision: 'accept', note: '' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });

    const adminView = (await getProposals(admin)).toDecide.find((p) => p.id === proposalId);
    expect(adminView).toMatchObject({
      library: true,
      changes: [{ field: 'front', after: `${before.front} (clarified)` }],
      location: {
        file: expect.stringMatching(/^content\/misconceptions\/[a-z0-9-]+\.yaml$/),
        line: expect.any(Number),
      },
    });
    as(admin);
    expect(
      ok(await decideProposalAction({ proposalId, decision: 'accept', note: 'Changed in content/.' })),
    ).toMatchObject({
      status: 'ACCEPTED',
      cardUpdated: false,
    });
    expect(await db.card.findUniqueOrThrow({ where: { id: cardId } })).toEqual(before);
  });
});
