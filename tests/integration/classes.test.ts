import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/server/db';
import { joinClassAction } from '@/lib/server/actions/join-class-action';
import { leaveClassAction } from '@/lib/server/actions/leave-class-action';
import { rotateJoinCodeAction } from '@/lib/server/actions/rotate-join-code-action';
import { setDeckPublishedAction } from '@/lib/server/actions/set-deck-published-action';
import { assignPromptAction } from '@/lib/server/actions/assign-prompt-action';
import { removeClassMemberAction } from '@/lib/server/actions/remove-class-member-action';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import type { RecordReviewInput } from '@/lib/server/review-state/types';
import { getClassDashboard } from '@/lib/server/queries/get-class-dashboard';
import { getLearnerClasses } from '@/lib/server/queries/get-learner-classes';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';
import { getStats } from '@/lib/server/queries/get-stats';
import { getStudiedDeckIds } from '@/lib/server/queries/get-studied-deck-ids';
import { makeClass, makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

const recordReview = (input: RecordReviewInput) => reviewStateRepository().record(input);

const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => (await import('./session')).authAs(importOriginal, session));

const NOW = new Date('2026-11-20T12:00:00Z');
let instructor: { id: string; email: string };

beforeAll(async () => {
  await seedContent();
  instructor = await makeUser('INSTRUCTOR');
});

describe('assigning a deck to a class', () => {
  it('puts its cards in each member’s daily review — first, before the library — and only while published and a member', async () => {
    const student = await makeUser();
    await db.studySettings.create({ data: { userId: student.id, newPerDay: 5 } });
    const { deckId, ownCardIds } = await makeInstructorDeck(instructor.id, {
      ownCards: 2,
      libraryCards: ['apigw-vs-alb.cost.b'],
    });
    const before = await getReviewQueue(student.id, NOW);
    expect(before.cards.map((c) => c.id)).not.toContain(ownCardIds[0]);

    const { joinCode, classId } = await makeClass(instructor.id, { decks: [deckId] });
    session.as = student.id;
    expect(await joinClassAction({ code: joinCode })).toMatchObject({ ok: true, data: { classId } });
    expect(await getStudiedDeckIds(student.id, null)).toEqual([deckId, ...(await getStudiedDeckIds(instructor.id, null))]);
    const queue = await getReviewQueue(student.id, NOW);
    expect(queue.cards.slice(0, 3).map((c) => c.id)).toEqual([...ownCardIds, 'apigw-vs-alb.cost.b']);
    expect(queue.counts.new).toBe(5);

    // The student can answer them (the review stores check the class and the deck).
    const answered = await recordReview({
      userId: student.id,
      cardId: ownCardIds[0]!,
      grade: 'good',
      reviewId: 'class-review-1',
      now: NOW,
    });
    expect(answered.ok).toBe(true);

    // Back to draft: gone from the queue (progress kept); published again: back.
    session.as = instructor.id;
    expect(await setDeckPublishedAction({ deckId, published: false })).toMatchObject({ ok: true });
    expect((await getReviewQueue(student.id, NOW)).cards.map((c) => c.id)).not.toContain(ownCardIds[1]);
    expect(await db.reviewState.count({ where: { userId: student.id, cardId: ownCardIds[0] } })).toBe(1);
    expect(await setDeckPublishedAction({ deckId, published: true })).toMatchObject({ ok: true });
    expect((await getReviewQueue(student.id, NOW)).cards[0]?.id).toBe(ownCardIds[1]);

    // Leaving the class takes the deck out of the queue.
    session.as = student.id;
    expect(await leaveClassAction({ classId })).toMatchObject({ ok: true });
    expect((await getReviewQueue(student.id, NOW)).cards.map((c) => c.id)).not.toContain(ownCardIds[1]);
  });

  it('counts assigned cards in the student’s stats', async () => {
    const student = await makeUser();
    const { deckId } = await makeInstructorDeck(instructor.id, { ownCards: 3 });
    const statsBefore = await getStats(student.id, NOW);
    await makeClass(instructor.id, { members: [student.id], decks: [deckId] });
    const statsAfter = await getStats(student.id, NOW);
    expect(statsAfter.cardsByState.new).toBe(statsBefore.cardsByState.new + 3);
  });

  it('without classes, a learner studies their chosen library decks, else all of them', async () => {
    const loner = await makeUser();
    expect(await getStudiedDeckIds(loner.id, ['limits-and-numbers'])).toEqual(['limits-and-numbers']);
    expect((await getStudiedDeckIds(loner.id, null)).length).toBeGreaterThan(1);
  });
});

describe('classes', () => {
  it('rotating the code stops the old code and link; members stay; removing a member takes them out', async () => {
    const student = await makeUser();
    const late = await makeUser();
    const { classId, joinCode } = await makeClass(instructor.id, { members: [student.id] });
    session.as = instructor.id;
    const rotated = await rotateJoinCodeAction({ classId });
    if (!rotated.ok) throw new Error(rotated.message);
    expect(rotated.data.joinCode).not.toBe(joinCode);
    expect(rotated.data.joinCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{10}$/);
    session.as = late.id;
    expect(await joinClassAction({ code: joinCode })).toMatchObject({ ok: false, code: 'invalid_code' });
    expect(
      await joinClassAction({ code: `${rotated.data.joinCode.slice(0, 5)}-${rotated.data.joinCode.slice(5)}` }),
    ).toMatchObject({ ok: true });
    expect(await joinClassAction({ code: rotated.data.joinCode })).toMatchObject({ ok: true }); // idempotent
    expect(await db.classMember.count({ where: { classId } })).toBe(2);
    session.as = instructor.id;
    expect(await removeClassMemberAction({ classId, userId: student.id })).toMatchObject({ ok: true });
    expect((await getLearnerClasses(student.id)).map((c) => c.id)).not.toContain(classId);
    expect((await getLearnerClasses(late.id)).map((c) => c.id)).toContain(classId);
  });

  it('shows a student their classes with published decks (drafts hidden) and assigned prompts with due dates', async () => {
    const student = await makeUser();
    const published = await makeInstructorDeck(instructor.id, { ownCards: 2, title: 'Published deck' });
    const draft = await makeInstructorDeck(instructor.id, { ownCards: 1, published: false, title: 'Draft deck' });
    const { classId } = await makeClass(instructor.id, {
      members: [student.id],
      decks: [published.deckId, draft.deckId, 'limits-and-numbers'],
      name: 'Cohort C',
    });
    session.as = instructor.id;
    expect(await assignPromptAction({ classId, promptId: 'apigw-vs-alb', dueDate: '2026-12-01' })).toMatchObject({
      ok: true,
      data: { dueAt: '2026-12-01T23:59:59.000Z' },
    });
    expect(await assignPromptAction({ classId, promptId: 'no-such-prompt', dueDate: '' })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    expect(await assignPromptAction({ classId, promptId: 'apigw-vs-alb', dueDate: '2026-13-45' })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    await recordReview({
      userId: student.id,
      cardId: published.ownCardIds[0]!,
      grade: 'good',
      reviewId: 'learner-classes-1',
      now: NOW,
    });
    const [mine] = await getLearnerClasses(student.id);
    expect(mine).toMatchObject({
      id: classId,
      name: 'Cohort C',
      prompts: [{ id: 'apigw-vs-alb', dueAt: '2026-12-01T23:59:59.000Z' }],
    });
    expect(mine?.decks.map((d) => [d.title, d.cards, d.studied])).toEqual([
      ['Published deck', 2, 1],
      ['Limits and numbers', expect.any(Number), 0],
    ]);
  });
});

describe('the class dashboard', () => {
  it('shows each student’s reviews, and per card the share of the class that knows it', async () => {
    const ann = await makeUser();
    const bob = await makeUser();
    const { deckId, ownCardIds } = await makeInstructorDeck(instructor.id, {
      ownCards: 2,
      libraryCards: ['misconception.alb-has-no-auth'],
    });
    const { classId } = await makeClass(instructor.id, { members: [ann.id, bob.id], decks: [deckId] });
    await db.promptAssignment.create({ data: { classId, promptId: 'apigw-vs-alb' } });
    const dayBefore = new Date(NOW.getTime() - 86_400_000);
    for (const [i, cardId] of [...ownCardIds, 'misconception.alb-has-no-auth'].entries()) {
      await recordReview({ userId: ann.id, cardId, grade: 'easy', reviewId: `dash-ann-${i}`, now: dayBefore });
    }
    await recordReview({
      userId: bob.id,
      cardId: 'misconception.alb-has-no-auth',
      grade: 'again',
      reviewId: 'dash-bob-1',
      now: dayBefore,
    });
    await db.mockAttempt.create({
      data: {
        userId: ann.id,
        promptId: 'apigw-vs-alb',
        mode: 'interview',
        timeLimitSec: 1800,
        startedAt: dayBefore,
        submittedAt: dayBefore,
        verdict: 'meets',
      },
    });
    const dashboard = await getClassDashboard(
      { id: instructor.id, email: instructor.email, name: null, role: 'INSTRUCTOR' },
      classId,
      NOW,
    );
    if (!dashboard) throw new Error('expected a dashboard');
    expect(dashboard.students.map((s) => [s.email, s.reviews7d, s.streak, s.mockSubmitted, s.lastVerdict])).toEqual([
      [ann.email, 3, 1, 1, 'meets'],
      [bob.email, 1, 1, 0, null],
    ]);
    expect(dashboard.cards.map((c) => [c.id, c.known])).toEqual([
      [ownCardIds[0], 0.5],
      [ownCardIds[1], 0.5],
      ['misconception.alb-has-no-auth', 0.5],
    ]);
    expect(dashboard.dimensions).toEqual([
      { comparison: 'apigw-vs-alb', id: 'auth', name: expect.any(String), cards: 1, known: 0.5 },
    ]);
    expect(dashboard.misconceptions).toEqual([
      { id: 'alb-has-no-auth', claim: expect.any(String), events: 1, students: 1 },
    ]);
  });
});

describe('the class dashboard shows only activity since joining, for the class’s decks and prompts (issue 17 §5)', () => {
  it('leaves out reviews, card states, quiz traps and mock attempts from before the student joined', async () => {
    const student = await makeUser();
    const { deckId, ownCardIds } = await makeInstructorDeck(instructor.id, {
      ownCards: 1,
      libraryCards: ['misconception.alb-has-no-auth'],
    });
    const joinedAt = new Date(NOW.getTime() - 10 * 86_400_000);
    const before = new Date(joinedAt.getTime() - 86_400_000);
    const after = new Date(NOW.getTime() - 86_400_000);
    // Before joining: every kind of activity.
    await recordReview({ userId: student.id, cardId: ownCardIds[0]!, grade: 'easy', reviewId: 'pre-join-1', now: before });
    await recordReview({ userId: student.id, cardId: 'misconception.alb-has-no-auth', grade: 'again', reviewId: 'pre-join-2', now: before });
    const mock = { userId: student.id, promptId: 'apigw-vs-alb', mode: 'interview', timeLimitSec: 1800, verdict: 'delights' };
    await db.mockAttempt.create({ data: { ...mock, startedAt: before, submittedAt: before } });
    const quiz = (startedAt: Date, fellFor: string) =>
      db.quizAttempt.create({
        data: {
          userId: student.id,
          mode: 'practice',
          seed: 's',
          questions: '[]',
          startedAt,
          answers: { create: { questionIndex: 0, answer: '{}', correct: false, elapsedMs: 1, answeredAt: startedAt, fellFor } },
        },
      });
    await quiz(before, 'alb-has-no-auth');
    // After joining: one trap the class's cards cover, one they don't (not the class's business).
    await quiz(after, 'alb-has-no-auth');
    await quiz(after, 'serverless-means-better');
    const { classId } = await makeClass(instructor.id, { members: [student.id], decks: [deckId], joinedAt });
    await db.promptAssignment.create({ data: { classId, promptId: 'apigw-vs-alb' } });
    const owner = { id: instructor.id, email: instructor.email, name: null, role: 'INSTRUCTOR' as const };

    const dashboard = await getClassDashboard(owner, classId, NOW);
    if (!dashboard) throw new Error('expected a dashboard');
    expect(dashboard.students.map((s) => [s.reviews7d, s.studied, s.mockAttempts, s.lastVerdict])).toEqual([[0, 0, 0, null]]);
    expect(dashboard.cards.map((c) => [c.studied, c.known, c.lapses])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
    expect(dashboard.misconceptions).toEqual([{ id: 'alb-has-no-auth', claim: expect.any(String), events: 1, students: 1 }]);

    // Once they study after joining, it shows.
    await recordReview({ userId: student.id, cardId: ownCardIds[0]!, grade: 'good', reviewId: 'post-join-1', now: after });
    await db.mockAttempt.create({ data: { ...mock, startedAt: after, submittedAt: after, verdict: 'meets' } });
    const later = await getClassDashboard(owner, classId, NOW);
    expect(later?.students.map((s) => [s.reviews7d, s.studied, s.mockAttempts, s.lastVerdict])).toEqual([[1, 1, 1, 'meets']]);
  });
});

describe('“known” on the class dashboard (issue 15)', () => {
  it('a failed review lowers the class’s known count at once', async () => {
    const student = await makeUser();
    const { deckId, ownCardIds } = await makeInstructorDeck(instructor.id, { ownCards: 2 });
    const { classId } = await makeClass(instructor.id, { members: [student.id], decks: [deckId] });
    const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
    // Both cards learned over two weeks: Easy, then Good 5 and 10 days later (the last 3 days ago).
    for (const [c, cardId] of ownCardIds.entries()) {
      for (const [i, [grade, days]] of (
        [
          ['easy', 13],
          ['good', 8],
          ['good', 3],
        ] as const
      ).entries()) {
        await recordReview({ userId: student.id, cardId, grade, reviewId: `known-${c}-${i}`, now: daysAgo(days) });
      }
    }
    const owner = { id: instructor.id, email: instructor.email, name: null, role: 'INSTRUCTOR' } as const;
    const before = await getClassDashboard(owner, classId, NOW);
    expect(before?.summary.known).toBe(1);
    expect(before?.students[0]?.known).toBe(1);

    // The student fails both cards a minute ago: “Cards known” must not stay at 100%.
    const aMinuteAgo = new Date(NOW.getTime() - 60_000);
    for (const [c, cardId] of ownCardIds.entries()) {
      const failed = await recordReview({
        userId: student.id,
        cardId,
        grade: 'again',
        reviewId: `known-fail-${c}`,
        now: aMinuteAgo,
      });
      expect(failed.ok).toBe(true);
    }
    const after = await getClassDashboard(owner, classId, NOW);
    expect(after?.summary.known).toBe(0);
    expect(after?.cards.map((card) => card.known)).toEqual([0, 0]);
  });
});
