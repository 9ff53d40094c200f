import { beforeEach, describe, expect, it } from 'vitest';
import { capDue } from '@/lib/core/scheduler/cap-due';
import { DEFAULT_FSRS_PARAMETERS } from '@/lib/core/scheduler/fsrs';
import { db } from '@/lib/server/db';
import { databaseProvider } from '@/lib/server/database-url';
import { rowToReviewState } from '@/lib/server/review-state-row';
import { postgresReviewStateRepository } from '@/lib/server/review-state/postgres-review-state-repository';
import { prismaReviewStateRepository } from '@/lib/server/review-state/prisma-review-state-repository';
import { sqliteReviewStateRepository } from '@/lib/server/review-state/sqlite-review-state-repository';
import type { ReviewStateRepository } from '@/lib/server/review-state/types';
import { makeClass, makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { failInsertsWhere } from './fail-inserts';

const T0 = new Date('2026-11-02T12:00:00Z');
const DAY = 86_400_000;
const CARD = 'apigw-vs-alb.routing.a';

beforeEach(async () => {
  await seedContent();
});

const stateOf = (userId: string, cardId: string) =>
  db.reviewState.findUnique({ where: { userId_cardId: { userId, cardId } } });

// One contract, three repositories (ADR 012, 029): each must pass every case, operation by operation.
// Each engine's own (prepared statements for answers and the queue) runs on its engine; the Prisma
// one, which both fall back on for everything else, runs on both.
const provider = databaseProvider(process.env.DATABASE_URL);
describe.each<[string, ReviewStateRepository]>([
  ...(provider === 'sqlite' ? [['SQLite', sqliteReviewStateRepository()] as [string, ReviewStateRepository]] : []),
  ...(provider === 'postgresql' ? [['PostgreSQL', postgresReviewStateRepository()] as [string, ReviewStateRepository]] : []),
  ['Prisma', prismaReviewStateRepository(provider)],
])('the %s review-state repository', (_name, repository) => {
  const { record: recordReview, undo: undoReview } = repository;

  describe('record', () => {
    it('writes the log entry and the new state together', async () => {
      const user = await makeUser();
      const result = await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'review-0001', now: T0, durationMs: 4200 });
      expect(result).toMatchObject({ ok: true, data: { cardId: CARD, grade: 'good', state: 'learning', due: '2026-11-02T12:10:00.000Z' } });
      const log = await db.reviewLog.findMany({ where: { userId: user.id } });
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ grade: 3, phaseBefore: 0, durationMs: 4200, before: null, source: 'review' });
      expect((await stateOf(user.id, CARD))?.due).toEqual(new Date('2026-11-02T12:10:00Z'));
    });

    it("schedules with the learner's fitted FSRS parameters (ADR 032), not the defaults", async () => {
      // A first "good" sets the card's stability to w[2]: the fitted value must be the one stored.
      const fitted = [...DEFAULT_FSRS_PARAMETERS];
      fitted[2] = 17.5;
      const user = await makeUser();
      await db.studySettings.create({ data: { userId: user.id, fsrsParameters: JSON.stringify(fitted) } });
      await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'fitted-1', now: T0 });
      expect((await stateOf(user.id, CARD))?.stability).toBeCloseTo(17.5, 6);
      expect(DEFAULT_FSRS_PARAMETERS[2]).not.toBeCloseTo(17.5, 1);
    });

    it('is idempotent: the same reviewId twice records once and returns the same body', async () => {
      const user = await makeUser();
      const first = await recordReview({ userId: user.id, cardId: CARD, grade: 'easy', reviewId: 'same-id-123', now: T0 });
      const again = await recordReview({ userId: user.id, cardId: CARD, grade: 'easy', reviewId: 'same-id-123', now: new Date(T0.getTime() + 5000) });
      expect(again).toEqual(first);
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(1);
      const parallel = await Promise.all(
        [1, 2, 3].map(() => recordReview({ userId: user.id, cardId: 'apigw-vs-alb.vpc.b', grade: 'good', reviewId: 'parallel-1', now: T0 })),
      );
      expect(new Set(parallel.map((r) => JSON.stringify(r))).size).toBe(1);
      expect(await db.reviewLog.count({ where: { userId: user.id, reviewId: 'parallel-1' } })).toBe(1);
    });

    it('forget (account deletion) removes one learner’s states and log inside the caller’s transaction, nobody else’s', async () => {
      const user = await makeUser();
      const other = await makeUser();
      await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'forget-1', now: T0 });
      await recordReview({ userId: other.id, cardId: CARD, grade: 'good', reviewId: 'forget-2', now: T0 });
      expect(await db.$transaction((tx) => repository.within(tx).forget(user.id))).toEqual({ logs: 1, states: 1 });
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
      expect(await stateOf(user.id, CARD)).toBeNull();
      expect(await stateOf(other.id, CARD)).not.toBeNull();
    });

    it('answers a conflict, not the old success, when an undone answer is replayed (issue 17 §12)', async () => {
      const user = await makeUser();
      await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'undone-then-replayed', now: T0 });
      expect(await undoReview(user.id, 'undone-then-replayed', new Date(T0.getTime() + 1000))).toMatchObject({ ok: true });
      const replay = await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'undone-then-replayed', now: new Date(T0.getTime() + 2000) });
      expect(replay).toMatchObject({ ok: false, code: 'conflict', message: expect.stringMatching(/undone/) });
      expect(await stateOf(user.id, CARD)).toBeNull();
    });

    it('refuses a reviewId reused for another card, an unknown card, a retired card and another user’s card, writing nothing', async () => {
      const user = await makeUser();
      const owner = await makeUser('INSTRUCTOR');
      await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'reused-id-1', now: T0 });
      const privateCard = `private.card-${owner.id}`;
      await db.card.create({ data: { id: privateCard, front: 'f', back: 'b', contentHash: 'x', ownerId: owner.id } });
      await db.card.update({ where: { id: 'apigw-vs-alb.cost.a' }, data: { retiredAt: T0 } });
      // (beforeEach's content sync un-retires it for the next test)
      const before = await db.reviewLog.count();
      expect(await recordReview({ userId: user.id, cardId: 'apigw-vs-alb.vpc.a', grade: 'good', reviewId: 'reused-id-1', now: T0 })).toMatchObject({ ok: false, code: 'conflict' });
      expect(await recordReview({ userId: user.id, cardId: 'no.such.card', grade: 'good', reviewId: 'unknown-1', now: T0 })).toMatchObject({ ok: false, code: 'not_found' });
      expect(await recordReview({ userId: user.id, cardId: 'apigw-vs-alb.cost.a', grade: 'good', reviewId: 'retired-1', now: T0 })).toMatchObject({ ok: false, code: 'not_found' });
      expect(await recordReview({ userId: user.id, cardId: privateCard, grade: 'good', reviewId: 'private-1', now: T0 })).toMatchObject({ ok: false, code: 'not_found' });
      expect(await db.reviewLog.count()).toBe(before);
      expect(await stateOf(user.id, privateCard)).toBeNull();
    });

    it('lets members of a class review the instructor cards of its published assigned decks, and nobody else', async () => {
      const instructor = await makeUser('INSTRUCTOR');
      const member = await makeUser();
      const outsider = await makeUser();
      const { deckId, ownCardIds } = await makeInstructorDeck(instructor.id, { ownCards: 1 });
      const card = ownCardIds[0]!;
      const { classId } = await makeClass(instructor.id, { members: [member.id], decks: [deckId] });
      const review = (userId: string, reviewId: string) => recordReview({ userId, cardId: card, grade: 'good', reviewId, now: T0 });

      expect(await review(member.id, 'assigned-ok-1')).toMatchObject({ ok: true, data: { cardId: card } });
      expect(await review(outsider.id, 'assigned-out-1')).toMatchObject({ ok: false, code: 'not_found' });
      expect(await review(instructor.id, 'assigned-own-1')).toMatchObject({ ok: true }); // the owner may always

      // A draft deck, an archived class, a retired deck, or leaving the class: no longer.
      await db.deck.update({ where: { id: deckId }, data: { published: false } });
      expect(await review(member.id, 'assigned-draft-1')).toMatchObject({ ok: false, code: 'not_found' });
      await db.deck.update({ where: { id: deckId }, data: { published: true } });
      await db.class.update({ where: { id: classId }, data: { archivedAt: T0 } });
      expect(await review(member.id, 'assigned-archived-1')).toMatchObject({ ok: false, code: 'not_found' });
      await db.class.update({ where: { id: classId }, data: { archivedAt: null } });
      await db.deck.update({ where: { id: deckId }, data: { retiredAt: T0 } });
      expect(await review(member.id, 'assigned-retired-1')).toMatchObject({ ok: false, code: 'not_found' });
      await db.deck.update({ where: { id: deckId }, data: { retiredAt: null } });
      expect(await review(member.id, 'assigned-ok-2')).toMatchObject({ ok: true });
      await db.classMember.delete({ where: { classId_userId: { classId, userId: member.id } } });
      expect(await review(member.id, 'assigned-left-1')).toMatchObject({ ok: false, code: 'not_found' });

      // Assigned to a class the outsider is not in, through another deck: still refused.
      const other = await makeInstructorDeck(instructor.id, { ownCards: 0, libraryCards: [card] });
      await makeClass(instructor.id, { members: [], decks: [other.deckId] });
      expect(await review(outsider.id, 'assigned-out-2')).toMatchObject({ ok: false, code: 'not_found' });
      expect(await db.reviewLog.count({ where: { cardId: card, userId: { in: [outsider.id] } } })).toBe(0);
      expect(await db.reviewLog.count({ where: { cardId: card, userId: member.id } })).toBe(2);
    });

    it('applies concurrent answers to one card one after another: no answer is lost (two app servers, one database)', async () => {
      const user = await makeUser();
      const answers = Array.from({ length: 8 }, (_, i) =>
        recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: `concurrent-${i}`, now: new Date(T0.getTime() + i * 1000) }),
      );
      expect((await Promise.all(answers)).every((r) => r.ok)).toBe(true);
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(8);
      // Each answer was scheduled from the state the previous one left: reps counts all eight.
      expect((await stateOf(user.id, CARD))?.reps).toBe(8);
    });

    it('applies the learner’s settings (desired retention)', async () => {
      const relaxed = await makeUser();
      const strict = await makeUser();
      await db.studySettings.create({ data: { userId: relaxed.id, desiredRetention: 0.75 } });
      await db.studySettings.create({ data: { userId: strict.id, desiredRetention: 0.97 } });
      const a = await recordReview({ userId: relaxed.id, cardId: CARD, grade: 'easy', reviewId: 'retention-a', now: T0 });
      const b = await recordReview({ userId: strict.id, cardId: CARD, grade: 'easy', reviewId: 'retention-b', now: T0 });
      if (!a.ok || !b.ok) throw new Error('expected both to be recorded');
      expect(a.data.scheduledDays).toBeGreaterThan(b.data.scheduledDays);
    });

    it('writes rows that read back through Prisma unchanged', async () => {
      const user = await makeUser();
      const result = await recordReview({ userId: user.id, cardId: CARD, grade: 'again', reviewId: 'readback-1', now: T0, durationMs: 1234, source: 'quiz' });
      if (!result.ok) throw new Error('expected success');
      const state = await stateOf(user.id, CARD);
      expect(state?.due.toISOString()).toBe(result.data.due);
      expect(state?.lastReview).toEqual(T0);
      const log = await db.reviewLog.findUniqueOrThrow({ where: { userId_reviewId: { userId: user.id, reviewId: 'readback-1' } } });
      expect(log).toMatchObject({ grade: 1, source: 'quiz', durationMs: 1234, reviewedAt: T0, undoneAt: null });
    });

    it('rolls back the state when the log cannot be written (one transaction)', async () => {
      const user = await makeUser();
      await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'atomic-1', now: T0 });
      const stateBefore = await stateOf(user.id, CARD);
      // Make the log insert fail after the state update has run inside the transaction.
      const restore = await failInsertsWhere('ReviewLog', 'reviewId', 'atomic-2');
      await expect(recordReview({ userId: user.id, cardId: CARD, grade: 'again', reviewId: 'atomic-2', now: new Date(T0.getTime() + 600_000) })).rejects.toThrow();
      await restore();
      expect(await stateOf(user.id, CARD)).toEqual(stateBefore);
    });
  });

  describe('undo', () => {
    it('restores the previous state exactly and keeps the log row, marked undone', async () => {
      const user = await makeUser();
      await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'undo-a-1', now: T0 });
      const afterFirst = await stateOf(user.id, CARD);
      await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'undo-a-2', now: new Date(T0.getTime() + 600_000) });
      expect((await stateOf(user.id, CARD))?.phase).toBe(2);

      expect(await undoReview(user.id, 'undo-a-2', T0)).toEqual({ ok: true, data: { cardId: CARD, reviewId: 'undo-a-2' } });
      expect(await stateOf(user.id, CARD)).toEqual({ ...afterFirst, updatedAt: expect.any(Date) });
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
      expect(await db.reviewLog.count({ where: { userId: user.id, undoneAt: { not: null } } })).toBe(1);

      // Undoing again changes nothing; undoing the first answer makes the card new again.
      expect((await undoReview(user.id, 'undo-a-2', T0)).ok).toBe(true);
      expect((await undoReview(user.id, 'undo-a-1', T0)).ok).toBe(true);
      expect(await stateOf(user.id, CARD)).toBeNull();
    });

    it('refuses to undo an older answer while a later one stands, and another user’s answer', async () => {
      const user = await makeUser();
      const other = await makeUser();
      await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'undo-b-1', now: T0 });
      await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'undo-b-2', now: new Date(T0.getTime() + 600_000) });
      expect(await undoReview(user.id, 'undo-b-1', T0)).toMatchObject({ ok: false, code: 'conflict' });
      expect(await undoReview(other.id, 'undo-b-2', T0)).toMatchObject({ ok: false, code: 'not_found' });
      expect((await stateOf(user.id, CARD))?.phase).toBe(2);
    });
  });

  describe('log rows', () => {
    it('get a UUID id on every write path (alone and inside a caller’s transaction)', async () => {
      const user = await makeUser();
      await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'uuid-1', now: T0 });
      const settings = {
        desiredRetention: 0.9,
        maximumIntervalDays: 365,
        interviewDate: null,
        learningSteps: ['1m', '10m'],
        relearningSteps: ['10m'],
        parameters: null,
      } as const;
      await db.$transaction((tx) =>
        repository
          .within(tx)
          .record(
            { userId: user.id, cardId: 'apigw-vs-alb.vpc.a', grade: 'good', reviewId: 'uuid-2', now: T0 },
            settings,
          ),
      );
      const ids = (await db.reviewLog.findMany({ where: { userId: user.id }, select: { id: true } })).map((r) => r.id);
      expect(ids).toHaveLength(2);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });
  });

  describe('makeDue', () => {
    it('brings studied cards due now keeping their memory, starts unseen ones new, skips what the learner may not study, and logs nothing', async () => {
      const user = await makeUser();
      const owner = await makeUser('INSTRUCTOR');
      const privateCard = `private.card-${owner.id}`;
      await db.card.create({ data: { id: privateCard, front: 'f', back: 'b', contentHash: 'x', ownerId: owner.id } });
      await db.card.update({ where: { id: 'apigw-vs-alb.cost.a' }, data: { retiredAt: T0 } });
      await recordReview({ userId: user.id, cardId: CARD, grade: 'easy', reviewId: 'due-1', now: T0 });
      await recordReview({ userId: user.id, cardId: 'apigw-vs-alb.vpc.a', grade: 'again', reviewId: 'due-2', now: T0 });
      const studied = await stateOf(user.id, CARD);
      const alreadyDue = await stateOf(user.id, 'apigw-vs-alb.vpc.a');
      const now = new Date(T0.getTime() + 3_600_000);

      const ids = [
        privateCard,
        'no.such.card',
        CARD,
        'apigw-vs-alb.cost.a',
        'apigw-vs-alb.auth.a',
        'apigw-vs-alb.vpc.a',
        CARD,
      ];
      expect(await repository.makeDue(user.id, ids, now)).toEqual([CARD, 'apigw-vs-alb.auth.a', 'apigw-vs-alb.vpc.a']);
      expect(await stateOf(user.id, CARD)).toEqual({ ...studied, due: now, updatedAt: expect.any(Date) });
      expect(await stateOf(user.id, 'apigw-vs-alb.vpc.a')).toEqual(alreadyDue); // due since T0: left as it was
      expect(await stateOf(user.id, 'apigw-vs-alb.auth.a')).toMatchObject({ due: now, phase: 0, reps: 0 });
      expect(await stateOf(user.id, privateCard)).toBeNull();
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
      expect(await repository.makeDue(user.id, [], now)).toEqual([]);
    });

    it('makes each card due at its own planned instant, never later than it already was', async () => {
      const user = await makeUser();
      await recordReview({ userId: user.id, cardId: CARD, grade: 'easy', reviewId: 'plan-1', now: T0 }); // due in days
      await recordReview({ userId: user.id, cardId: 'apigw-vs-alb.vpc.a', grade: 'again', reviewId: 'plan-2', now: T0 }); // due in minutes
      const studied = await stateOf(user.id, CARD);
      const now = new Date(T0.getTime() + 3_600_000);
      const tomorrow = new Date(T0.getTime() + DAY);
      const dayAfter = new Date(T0.getTime() + 2 * DAY);
      expect(studied!.due.getTime()).toBeGreaterThan(tomorrow.getTime());

      const planned = [
        { cardId: CARD, due: tomorrow },
        { cardId: 'apigw-vs-alb.vpc.a', due: dayAfter },
        { cardId: 'apigw-vs-alb.auth.a', due: dayAfter },
        'apigw-vs-alb.auth.b', // a plain id: due now
      ];
      expect(await repository.makeDue(user.id, planned, now)).toEqual([
        CARD,
        'apigw-vs-alb.vpc.a',
        'apigw-vs-alb.auth.a',
        'apigw-vs-alb.auth.b',
      ]);
      expect(await stateOf(user.id, CARD)).toEqual({ ...studied, due: tomorrow, updatedAt: expect.any(Date) });
      expect((await stateOf(user.id, 'apigw-vs-alb.vpc.a'))?.due.getTime()).toBeLessThan(dayAfter.getTime()); // earlier: kept
      expect(await stateOf(user.id, 'apigw-vs-alb.auth.a')).toMatchObject({ due: dayAfter, phase: 0, reps: 0 });
      expect(await stateOf(user.id, 'apigw-vs-alb.auth.b')).toMatchObject({ due: now, phase: 0 });
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
    });

    it('follows the one "may study" rule for class-assigned cards', async () => {
      const instructor = await makeUser('INSTRUCTOR');
      const member = await makeUser();
      const outsider = await makeUser();
      const { deckId, ownCardIds } = await makeInstructorDeck(instructor.id, { ownCards: 1 });
      await makeClass(instructor.id, { members: [member.id], decks: [deckId] });
      expect(await repository.makeDue(member.id, ownCardIds, T0)).toEqual(ownCardIds);
      expect(await repository.makeDue(outsider.id, ownCardIds, T0)).toEqual([]);
      expect(await repository.makeDue(instructor.id, ownCardIds, T0)).toEqual(ownCardIds);
    });

    it('commits or rolls back with the caller’s transaction', async () => {
      const user = await makeUser();
      await expect(
        db.$transaction(async (tx) => {
          await repository.within(tx).makeDue(user.id, [CARD], T0);
          throw new Error('the caller fails');
        }),
      ).rejects.toThrow('the caller fails');
      expect(await stateOf(user.id, CARD)).toBeNull();
    });
  });

  describe('capDue', () => {
    const cards = ['apigw-vs-alb.routing.a', 'apigw-vs-alb.vpc.a', 'apigw-vs-alb.auth.a', 'apigw-vs-alb.auth.b'];
    const dueIn = [1, 5, 20, 100];

    async function learnerWithDueDates() {
      const user = await makeUser();
      for (const [i, cardId] of cards.entries()) {
        const due = new Date(T0.getTime() + dueIn[i]! * DAY);
        await db.reviewState.create({
          data: {
            userId: user.id,
            cardId,
            due,
            stability: 30,
            difficulty: 5,
            elapsedDays: 3,
            scheduledDays: dueIn[i]!,
            learningSteps: 0,
            reps: 4,
            lapses: 0,
            phase: 2,
            lastReview: T0,
          },
        });
      }
      return user;
    }

    it.each([
      ['the day before the interview', { maximumIntervalDays: 365, interviewDate: new Date(T0.getTime() + 10 * DAY) }],
      [
        'now, when the interview is under a day away',
        { maximumIntervalDays: 365, interviewDate: new Date(T0.getTime() + 0.5 * DAY) },
      ],
      [
        'the maximum interval, when that comes first',
        { maximumIntervalDays: 7, interviewDate: new Date(T0.getTime() + 10 * DAY) },
      ],
    ])('moves every card due after the interview exactly as capDue would, to %s', async (_case, limits) => {
      const user = await learnerWithDueDates();
      const other = await learnerWithDueDates();
      const before = await db.reviewState.findMany({ where: { userId: user.id }, orderBy: { cardId: 'asc' } });
      const expected = before.map((row) => {
        const capped =
          row.due > limits.interviewDate ? capDue(rowToReviewState(row), T0, limits) : rowToReviewState(row);
        return { cardId: row.cardId, due: capped.due, scheduledDays: capped.scheduledDays };
      });
      const moved = await db.$transaction((tx) => repository.within(tx).capDue(user.id, limits, T0));
      expect(moved).toBe(before.filter((row) => row.due > limits.interviewDate).length);
      const after = await db.reviewState.findMany({
        where: { userId: user.id },
        orderBy: { cardId: 'asc' },
        select: { cardId: true, due: true, scheduledDays: true },
      });
      expect(after).toEqual(expected);
      expect(await db.reviewState.findMany({ where: { userId: other.id }, select: { due: true } })).toHaveLength(
        cards.length,
      );
      expect(
        (await db.reviewState.findMany({ where: { userId: other.id } }))
          .map((r) => r.due.getTime() - T0.getTime())
          .sort((a, b) => a - b),
      ).toEqual(dueIn.map((d) => d * DAY));
    });

    it('moves nothing without an interview date, or with one in the past', async () => {
      const user = await learnerWithDueDates();
      const before = await db.reviewState.findMany({ where: { userId: user.id } });
      for (const interviewDate of [null, new Date(T0.getTime() - DAY)]) {
        expect(
          await db.$transaction((tx) =>
            repository.within(tx).capDue(user.id, { maximumIntervalDays: 365, interviewDate }, T0),
          ),
        ).toBe(0);
      }
      expect(await db.reviewState.findMany({ where: { userId: user.id } })).toEqual(before);
    });
  });

  describe('reads for a chosen set of cards', () => {
    it('studyableCards leaves out what the learner may not study; states are the learner’s own', async () => {
      const instructor = await makeUser('INSTRUCTOR');
      const member = await makeUser();
      const other = await makeUser();
      const assigned = await makeInstructorDeck(instructor.id, { ownCards: 1 });
      const unassigned = await makeInstructorDeck(instructor.id, { ownCards: 1 });
      await makeClass(instructor.id, { members: [member.id], decks: [assigned.deckId] });
      await db.card.update({ where: { id: 'apigw-vs-alb.cost.a' }, data: { retiredAt: T0 } });
      const ids = [CARD, 'no.such.card', 'apigw-vs-alb.cost.a', ...assigned.ownCardIds, ...unassigned.ownCardIds];

      const cardsOf = async (userId: string) => (await repository.studyableCards(userId, ids)).map((c) => c.id).sort();
      expect(await cardsOf(member.id)).toEqual([CARD, ...assigned.ownCardIds].sort());
      expect(await cardsOf(instructor.id)).toEqual([CARD, ...assigned.ownCardIds, ...unassigned.ownCardIds].sort());
      expect(await repository.studyableCards(member.id, [])).toEqual([]);
      const [card] = await repository.studyableCards(member.id, [CARD]);
      expect(card).toEqual(
        await db.card.findUnique({
          where: { id: CARD },
          select: { id: true, front: true, back: true, explanation: true, sources: true, dimensionId: true },
        }),
      );

      await recordReview({ userId: member.id, cardId: CARD, grade: 'good', reviewId: 'states-1', now: T0 });
      await recordReview({ userId: other.id, cardId: CARD, grade: 'easy', reviewId: 'states-2', now: T0 });
      const states = await repository.states(member.id, ids);
      expect(states).toHaveLength(1);
      expect(states[0]).toMatchObject({ cardId: CARD, phase: 1, reps: 1 });
    });
  });

  describe('mark (ADR 022)', () => {
    it('suspends, buries until the next study day and flags; no log row, no state; refuses cards the learner may not study', async () => {
      const user = await makeUser();
      const suspended = await repository.mark(user.id, CARD, { type: 'suspend' }, T0);
      expect(suspended).toMatchObject({ ok: true, data: { before: { suspendedAt: null, flag: 0 }, after: { suspendedAt: T0 } } });
      // UTC, rollover 04:00 (the defaults): buried until 04:00 the next morning
      const buried = await repository.mark(user.id, CARD, { type: 'bury' }, T0);
      expect(buried).toMatchObject({ ok: true, data: { after: { suspendedAt: T0, buriedUntil: new Date('2026-11-03T04:00:00Z') } } });
      await repository.mark(user.id, CARD, { type: 'flag', flag: 6 }, T0);
      expect(await repository.queue.marks(user.id, T0)).toEqual([
        { cardId: CARD, suspendedAt: T0, buriedUntil: new Date('2026-11-03T04:00:00Z'), flag: 6 },
      ]);
      expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(0);
      expect(await stateOf(user.id, CARD)).toBeNull();

      const instructor = await makeUser('INSTRUCTOR');
      const deck = await makeInstructorDeck(instructor.id, { ownCards: 1 });
      expect(await repository.mark(user.id, deck.ownCardIds[0]!, { type: 'suspend' }, T0)).toMatchObject({ ok: false, code: 'not_found' });
      await makeClass(instructor.id, { members: [user.id], decks: [deck.deckId] });
      expect(await repository.mark(user.id, deck.ownCardIds[0]!, { type: 'suspend' }, T0)).toMatchObject({ ok: true });
    });

    it('runs inside a caller’s transaction and rolls back with it', async () => {
      const user = await makeUser();
      await expect(
        db.$transaction(async (tx) => {
          await repository.within(tx).mark(user.id, CARD, { type: 'suspend' }, T0, new Date('2026-11-03T04:00:00Z'));
          throw new Error('caller fails');
        }),
      ).rejects.toThrow('caller fails');
      expect(await db.cardMark.count({ where: { userId: user.id } })).toBe(0);
    });
  });
});
