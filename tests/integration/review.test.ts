import { beforeEach, describe, expect, it } from 'vitest';
import { databaseProvider } from '@/lib/server/database-url';
import { db } from '@/lib/server/db';
import { recordReview } from '@/lib/server/mutations/record-review';
import { prismaReviewStore } from '@/lib/server/review-store/prisma-review-store';
import { sqliteReviewStore } from '@/lib/server/review-store/sqlite-review-store';
import type { ReviewStore } from '@/lib/server/review-store/types';
import { undoReview } from '@/lib/server/mutations/undo-review';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';
import { makeClass, makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { failInsertsWhere } from './fail-inserts';

const T0 = new Date('2026-11-02T12:00:00Z');
const CARD = 'apigw-vs-alb.routing.a';

beforeEach(async () => {
  await seedContent();
});

const stateOf = (userId: string, cardId: string) => db.reviewState.findUnique({ where: { userId_cardId: { userId, cardId } } });

// One contract, two stores (ADR 003): both must pass every case. The prepared-statement store is
// SQLite's own; on PostgreSQL the Prisma store is the one the app uses (ADR 005).
const onSQLite = databaseProvider(process.env.DATABASE_URL) === 'sqlite';
describe.each<[string, ReviewStore]>([
  ...(onSQLite ? [['SQLite prepared statements', sqliteReviewStore] as [string, ReviewStore]] : []),
  ['Prisma', prismaReviewStore],
])('recordReview via the %s store', (_name, recordReview) => {
  it('writes the log entry and the new state together', async () => {
    const user = await makeUser();
    const result = await recordReview({ userId: user.id, cardId: CARD, grade: 'good', reviewId: 'review-0001', now: T0, durationMs: 4200 });
    expect(result).toMatchObject({ ok: true, data: { cardId: CARD, grade: 'good', state: 'learning', due: '2026-11-02T12:10:00.000Z' } });
    const log = await db.reviewLog.findMany({ where: { userId: user.id } });
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ grade: 3, phaseBefore: 0, durationMs: 4200, before: null, source: 'review' });
    expect((await stateOf(user.id, CARD))?.due).toEqual(new Date('2026-11-02T12:10:00Z'));
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

describe('undoReview', () => {
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

describe('getReviewQueue', () => {
  it('serves new cards up to the daily limit, then learning steps as they come due', async () => {
    const user = await makeUser();
    await db.studySettings.create({ data: { userId: user.id, newPerDay: 3, timeZone: 'UTC', dayStartHour: 4 } });
    const first = await getReviewQueue(user.id, T0);
    expect(first.counts).toEqual({ new: 3, learning: 0, review: 0 });
    expect(first.cards.map((c) => c.kind)).toEqual(['new', 'new', 'new']);
    expect(first.cards[0]?.intervals).toEqual({ again: '1m', hard: '6m', good: '10m', easy: expect.stringMatching(/^\d+d$/) });

    const id = first.cards[0]!.id;
    await recordReview({ userId: user.id, cardId: id, grade: 'good', reviewId: 'queue-1', now: T0 });
    const second = await getReviewQueue(user.id, new Date(T0.getTime() + 1000), id);
    expect(second.counts).toEqual({ new: 2, learning: 1, review: 0 });
    expect(second.cards.map((c) => c.id)).not.toContain(id); // its 10-minute step is not due yet
    expect(second.doneToday).toBe(1);

    const later = await getReviewQueue(user.id, new Date(T0.getTime() + 11 * 60_000));
    expect(later.cards[0]).toMatchObject({ id, kind: 'learning' });
  });

  it('only serves the decks the learner chose, and never another learner’s state', async () => {
    const user = await makeUser();
    const other = await makeUser();
    await db.studySettings.create({ data: { userId: user.id, newPerDay: 100, deckIds: JSON.stringify(['limits-and-numbers']) } });
    const queue = await getReviewQueue(user.id, T0);
    expect(queue.cards.length).toBeGreaterThan(0);
    expect(queue.cards.every((c) => c.id.startsWith('limits.'))).toBe(true);
    await recordReview({ userId: other.id, cardId: queue.cards[0]!.id, grade: 'easy', reviewId: 'other-1', now: T0 });
    expect((await getReviewQueue(user.id, T0)).counts.new).toBe(queue.counts.new);
  });

  it('rolls the day over at the learner’s hour: yesterday’s new cards no longer count against today’s limit', async () => {
    const user = await makeUser();
    await db.studySettings.create({ data: { userId: user.id, newPerDay: 2, timeZone: 'America/New_York', dayStartHour: 4 } });
    const evening = new Date('2026-11-03T02:00:00Z'); // 21:00 in New York, Nov 2
    for (const [i, card] of (await getReviewQueue(user.id, evening)).cards.entries()) {
      await recordReview({ userId: user.id, cardId: card.id, grade: 'easy', reviewId: `roll-${i}-abcd`, now: evening });
    }
    expect((await getReviewQueue(user.id, new Date('2026-11-03T08:59:00Z'))).counts.new).toBe(0); // 03:59 local
    expect((await getReviewQueue(user.id, new Date('2026-11-03T09:01:00Z'))).counts.new).toBe(2); // 04:01 local
  });
});
