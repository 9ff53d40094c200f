import { beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as exportRoute } from '@/app/api/account/export/route';
import { POST as reviewRoute } from '@/app/api/review/route';
import { deleteAccountAction } from '@/lib/server/actions/delete-account-action';
import { leaveClassAction } from '@/lib/server/actions/leave-class-action';
import { getCurrentUser } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import { makeClass, makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { requestAs } from './session';

const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => (await import('./session')).authAs(importOriginal, session));

const T0 = new Date('2026-11-10T12:00:00Z');
const CARD = 'apigw-vs-alb.routing.a';
const noParams = { params: Promise.resolve({}) };

beforeAll(async () => {
  await seedContent();
});

/** A learner with a little of everything: answers, a quiz, a mock interview reviewed by an instructor, settings, a class. */
async function busyLearner() {
  const learner = await makeUser();
  const instructor = await makeUser('INSTRUCTOR');
  const { deckId } = await makeInstructorDeck(instructor.id, { ownCards: 1 });
  const { classId } = await makeClass(instructor.id, { members: [learner.id], decks: [deckId], name: 'Cohort Z' });
  await reviewStateRepository().record({
    userId: learner.id,
    cardId: CARD,
    grade: 'good',
    reviewId: 'mine-1',
    now: T0,
  });
  await db.studySettings.create({ data: { userId: learner.id, newPerDay: 7 } });
  await db.quizAttempt.create({
    data: {
      userId: learner.id,
      mode: 'practice',
      seed: 's',
      questions: '[{"q":1}]',
      startedAt: T0,
      answers: {
        create: {
          questionIndex: 0,
          answer: '"b"',
          correct: false,
          elapsedMs: 900,
          answeredAt: T0,
          fellFor: 'alb-has-no-auth',
        },
      },
    },
  });
  const mock = await db.mockAttempt.create({
    data: {
      userId: learner.id,
      promptId: 'apigw-vs-alb',
      mode: 'interview',
      timeLimitSec: 900,
      startedAt: T0,
      draft: 'My answer',
      submittedAt: T0,
      verdict: 'meets',
    },
  });
  await db.mockCriterionRating.create({
    data: { attemptId: mock.id, criterionId: 'c1', agree: false, comment: 'hmm' },
  });
  await db.mockReview.create({
    data: {
      attemptId: mock.id,
      reviewerId: instructor.id,
      verdict: 'meets',
      criteria: '[]',
      traps: '[]',
      comment: 'Good start',
    },
  });
  return { learner: { ...learner, role: 'LEARNER' }, instructor, classId, mockId: mock.id };
}

describe('your data is yours (issue 17 §14)', () => {
  it('exports everything about you as JSON: reviews, quiz and mock attempts, settings, classes — never the password hash', async () => {
    const { learner, mockId } = await busyLearner();
    const res = await exportRoute(await requestAs('/api/account/export', learner), noParams);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="delight-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const text = await res.text();
    expect(text).not.toMatch(/passwordHash|\$2[aby]\$/);
    const data = JSON.parse(text) as Record<string, unknown>;
    expect(data).toMatchObject({
      account: { id: learner.id, email: learner.email, role: 'LEARNER' },
      settings: { newPerDay: 7 },
      reviewStates: [{ cardId: CARD }],
      reviewLogs: [{ reviewId: 'mine-1', cardId: CARD, grade: 3, after: expect.any(Object) }],
      quizAttempts: [
        { mode: 'practice', questions: [{ q: 1 }], answers: [{ answer: 'b', fellFor: 'alb-has-no-auth' }] },
      ],
      mockAttempts: [
        {
          id: mockId,
          draft: 'My answer',
          ratings: [{ criterionId: 'c1', comment: 'hmm' }],
          review: { comment: 'Good start' },
        },
      ],
      classes: [{ name: 'Cohort Z' }],
    });
    expect((await exportRoute(await requestAs('/api/account/export', null), noParams)).status).toBe(401);
  });

  it('leaving a class takes you out of it, and only you', async () => {
    const { learner, classId } = await busyLearner();
    session.as = learner.id;
    expect(await leaveClassAction({ classId })).toEqual({ ok: true, data: { classId } });
    expect(await db.classMember.count({ where: { classId } })).toBe(0);
    expect(await leaveClassAction({ classId })).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('deleting your account needs your password, then removes every row about you and your session with it', async () => {
    const { learner, instructor, mockId } = await busyLearner();
    const other = await makeUser();
    await reviewStateRepository().record({
      userId: other.id,
      cardId: CARD,
      grade: 'easy',
      reviewId: 'theirs-1',
      now: T0,
    });
    session.as = learner.id;

    expect(await deleteAccountAction({ password: 'wrong-password', confirm: true })).toMatchObject({
      ok: false,
      code: 'invalid_input',
      fieldErrors: { password: [expect.any(String)] },
    });
    expect(await deleteAccountAction({ password: 'password-123' })).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(await db.user.count({ where: { id: learner.id } })).toBe(1);

    expect(await deleteAccountAction({ password: 'password-123', confirm: true })).toEqual({
      ok: true,
      data: { deleted: true },
    });
    const where = { userId: learner.id };
    expect({
      user: await db.user.count({ where: { id: learner.id } }),
      states: await db.reviewState.count({ where }),
      logs: await db.reviewLog.count({ where }),
      settings: await db.studySettings.count({ where }),
      quizzes: await db.quizAttempt.count({ where }),
      quizAnswers: await db.quizAnswer.count({ where: { attempt: where } }),
      mocks: await db.mockAttempt.count({ where }),
      ratings: await db.mockCriterionRating.count({ where: { attemptId: mockId } }),
      reviews: await db.mockReview.count({ where: { attemptId: mockId } }),
      memberships: await db.classMember.count({ where }),
    }).toEqual({
      user: 0,
      states: 0,
      logs: 0,
      settings: 0,
      quizzes: 0,
      quizAnswers: 0,
      mocks: 0,
      ratings: 0,
      reviews: 0,
      memberships: 0,
    });
    // Nobody else's data moved; the instructor keeps their account.
    expect(await db.reviewLog.count({ where: { userId: other.id } })).toBe(1);
    expect(await db.user.count({ where: { id: instructor.id } })).toBe(1);

    // The old session cookie signs nobody in: pages and actions, and the JSON API.
    expect(await getCurrentUser()).toBeNull();
    const replay = await reviewRoute(
      await requestAs('/api/review', learner, {
        body: JSON.stringify({ cardId: CARD, grade: 'good', reviewId: 'after-delete' }),
        headers: { 'content-type': 'application/json' },
      }),
      noParams,
    );
    expect(replay.status).toBe(401);
    expect((await exportRoute(await requestAs('/api/account/export', learner), noParams)).status).toBe(401);
  });

  it('exports a learner’s personal decks, card marks and proposed fixes, and takes them with the account', async () => {
    const learner = await makeUser();
    const deck = await db.deck.create({
      data: { id: `p-${learner.id}`, kind: 'PERSONAL', title: 'Mine', description: '', ownerId: learner.id },
    });
    const card = await db.card.create({
      data: { id: `c-${learner.id}`, front: 'Q', back: 'A', ownerId: learner.id, contentHash: 'x' },
    });
    await db.deckCard.create({ data: { deckId: deck.id, cardId: card.id, position: 0 } });
    await db.cardMark.create({ data: { userId: learner.id, cardId: CARD, flag: 1 } });
    await db.cardProposal.create({
      data: {
        cardId: CARD,
        proposerId: learner.id,
        requestId: 'r1',
        front: 'F',
        back: 'B',
        reason: 'clearer',
        beforeFront: 'f',
        beforeBack: 'b',
      },
    });
    // the export carries them first
    const exported = (await (
      await exportRoute(await requestAs('/api/account/export', { ...learner, role: 'LEARNER' }), noParams)
    ).json()) as {
      decksYouBuilt: { kind: string; cards: { front?: string }[] }[];
      cardMarks: { cardId: string; flag: number }[];
      proposedFixes: { reason: string }[];
    };
    expect(exported.decksYouBuilt).toMatchObject([{ kind: 'PERSONAL', cards: [{ front: 'Q' }] }]);
    expect(exported.cardMarks).toMatchObject([{ cardId: CARD, flag: 1 }]);
    expect(exported.proposedFixes).toMatchObject([{ reason: 'clearer' }]);

    session.as = learner.id;
    expect(await deleteAccountAction({ password: 'password-123', confirm: true })).toEqual({
      ok: true,
      data: { deleted: true },
    });
    expect({
      user: await db.user.count({ where: { id: learner.id } }),
      decks: await db.deck.count({ where: { ownerId: learner.id } }),
      cards: await db.card.count({ where: { ownerId: learner.id } }),
      marks: await db.cardMark.count({ where: { userId: learner.id } }),
      proposals: await db.cardProposal.count({ where: { proposerId: learner.id } }),
    }).toEqual({ user: 0, decks: 0, cards: 0, marks: 0, proposals: 0 });
  });

  it('is refused while you teach a class or own a deck', async () => {
    const { instructor } = await busyLearner();
    session.as = instructor.id;
    expect(await deleteAccountAction({ password: 'password-123', confirm: true })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(await db.user.count({ where: { id: instructor.id } })).toBe(1);
  });
});
