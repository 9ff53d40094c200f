import { beforeEach, describe, expect, it, vi } from 'vitest';
import { studyDay } from '@/lib/core/scheduler/study-day';
import { DEFAULT_STUDY_SETTINGS } from '@/lib/core/scheduler/study-settings';
import { BrowserQuerySchema } from '@/lib/core/cards/filter-browser-cards';
import { db } from '@/lib/server/db';
import { markCardAction } from '@/lib/server/actions/mark-card-action';
import { getCardBrowser } from '@/lib/server/queries/get-card-browser';
import { getDeckQueue } from '@/lib/server/queries/get-deck-queue';
import { getDueForecast } from '@/lib/server/queries/get-due-forecast';
import { getFocusQueue } from '@/lib/server/queries/get-focus-queue';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import { makeClass, makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => (await import('./session')).authAs(importOriginal, session));

const T0 = new Date('2026-11-02T12:00:00Z');
const MINUTE = 60_000;
const repository = () => reviewStateRepository();
const queueIds = async (userId: string, now: Date) =>
  (await getReviewQueue(userId, now, null, 500)).cards.map((c) => c.id);

beforeEach(async () => {
  await seedContent();
});

/** A learner who answered `n` new cards at T0 (Easy: review cards due in days), so they have reviews and new cards. */
async function learnerWithReviews(n = 2) {
  const user = await makeUser();
  const first = await getReviewQueue(user.id, T0, null, n);
  for (const [i, card] of first.cards.entries())
    await repository().record({ userId: user.id, cardId: card.id, grade: 'easy', reviewId: `r-${i}`, now: T0 });
  return { user, studied: first.cards.map((c) => c.id) };
}

describe('suspend', () => {
  it('takes a due review card and a new card out of the queue (and the counts) until unsuspended', async () => {
    const { user, studied } = await learnerWithReviews();
    const later = new Date(T0.getTime() + 30 * 86_400_000); // the reviews are due by then
    const before = await getReviewQueue(user.id, later, null, 500);
    const review = studied[0]!;
    const fresh = before.cards.find((c) => c.kind === 'new')!.id;
    expect(before.cards.map((c) => c.id)).toContain(review);

    for (const cardId of [review, fresh]) {
      const result = await repository().mark(user.id, cardId, { type: 'suspend' }, later);
      expect(result).toMatchObject({
        ok: true,
        data: { cardId, undo: { type: 'unsuspend' }, after: { suspendedAt: later } },
      });
    }
    const suspended = await getReviewQueue(user.id, later, null, 500);
    expect(suspended.cards.map((c) => c.id)).not.toContain(review);
    expect(suspended.cards.map((c) => c.id)).not.toContain(fresh);
    expect(suspended.counts.review).toBe(before.counts.review - 1);
    // the daily new limit is filled by the next new card instead
    expect(suspended.counts.new).toBe(before.counts.new);
    // a year later it is still out; a focus session of it leaves it out too
    expect(await queueIds(user.id, new Date(later.getTime() + 365 * 86_400_000))).not.toContain(review);
    expect((await getFocusQueue(user.id, later, [review, studied[1]!])).cards.map((c) => c.id)).toEqual([studied[1]]);

    await repository().mark(user.id, review, { type: 'unsuspend' }, later);
    expect(await queueIds(user.id, later)).toContain(review);
    // marks are not answers: no log row, the memory state is untouched
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(studied.length);
  });
});

describe('suspend, in the stats', () => {
  it('leaves a suspended card out of the due forecast, as Anki does, and back in once unsuspended', async () => {
    const { user, studied } = await learnerWithReviews(3);
    const total = async () =>
      (await getDueForecast(user.id, DEFAULT_STUDY_SETTINGS, T0, 30)).reduce((sum, day) => sum + day.count, 0);
    expect(await total()).toBe(3);
    await repository().mark(user.id, studied[0]!, { type: 'suspend' }, T0);
    expect(await total()).toBe(2);
    await repository().mark(user.id, studied[0]!, { type: 'unsuspend' }, T0);
    expect(await total()).toBe(3);
  });
});

describe('bury', () => {
  it('hides a card until the learner’s next study day starts, in their time zone', async () => {
    const { user, studied } = await learnerWithReviews();
    await db.studySettings.create({ data: { userId: user.id, timeZone: 'America/New_York', dayStartHour: 4 } });
    const later = new Date('2026-11-20T02:30:00Z'); // 21:30 on the 19th in New York
    const card = studied[0]!;
    expect(await queueIds(user.id, later)).toContain(card);

    const result = await repository().mark(user.id, card, { type: 'bury' }, later);
    const nextDay = studyDay(later, 'America/New_York', 4).end;
    expect(nextDay.toISOString()).toBe('2026-11-20T09:00:00.000Z'); // 04:00 EST on the 20th
    expect(result).toMatchObject({ ok: true, data: { after: { buriedUntil: nextDay }, undo: { type: 'unbury' } } });

    expect(await queueIds(user.id, later)).not.toContain(card);
    expect(await queueIds(user.id, new Date(nextDay.getTime() - MINUTE))).not.toContain(card);
    expect(await queueIds(user.id, nextDay)).toContain(card);

    // unbury (the undo) brings it back at once
    await repository().mark(user.id, card, { type: 'unbury' }, later);
    expect(await queueIds(user.id, later)).toContain(card);
  });
});

describe('flag', () => {
  it('labels the card in the queue and changes nothing else', async () => {
    const { user, studied } = await learnerWithReviews();
    const later = new Date(T0.getTime() + 30 * 86_400_000);
    const before = await getReviewQueue(user.id, later, null, 500);
    await repository().mark(user.id, studied[0]!, { type: 'flag', flag: 1 }, later);
    const after = await getReviewQueue(user.id, later, null, 500);
    expect(after.cards.find((c) => c.id === studied[0])?.flag).toBe(1);
    expect(after.cards.filter((c) => c.flag !== 0)).toHaveLength(1);
    expect(after.counts).toEqual(before.counts);
    const cleared = await repository().mark(user.id, studied[0]!, { type: 'flag', flag: 0 }, later);
    expect(cleared).toMatchObject({
      ok: true,
      data: { before: { flag: 1 }, after: { flag: 0 }, undo: { type: 'flag', flag: 1 } },
    });
  });
});

describe('permissions', () => {
  it('marks are the caller’s own: another learner can’t mark a card they may not study, nor change yours', async () => {
    const instructor = await makeUser('INSTRUCTOR');
    const alice = await makeUser();
    const bob = await makeUser();
    const deck = await makeInstructorDeck(instructor.id, { ownCards: 2 });
    await makeClass(instructor.id, { members: [alice.id], decks: [deck.deckId] });
    const classCard = deck.ownCardIds[0]!;
    const aliceOwn = await db.card.create({
      data: { id: 'alice-own', ownerId: alice.id, front: 'Mine', back: 'Mine', contentHash: 'x' },
    });

    // Alice may mark the class card; Bob, not in the class, may not; nobody but Alice marks her own card.
    expect(await repository().mark(alice.id, classCard, { type: 'suspend' }, T0)).toMatchObject({ ok: true });
    expect(await repository().mark(bob.id, classCard, { type: 'unsuspend' }, T0)).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await repository().mark(bob.id, aliceOwn.id, { type: 'flag', flag: 2 }, T0)).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await repository().mark(bob.id, 'no-such-card', { type: 'bury' }, T0)).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await db.cardMark.findMany({ where: { userId: bob.id } })).toEqual([]);
    expect(
      await db.cardMark.findUnique({ where: { userId_cardId: { userId: alice.id, cardId: classCard } } }),
    ).toMatchObject({
      suspendedAt: T0,
    });

    // Through the action: the session decides whose marks change; the input can't name another user.
    session.as = null;
    expect(await markCardAction({ cardId: classCard, action: { type: 'unsuspend' } })).toMatchObject({
      ok: false,
      code: 'unauthenticated',
    });
    session.as = bob.id;
    expect(await markCardAction({ cardId: classCard, action: { type: 'unsuspend' } })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await markCardAction({ cardId: classCard, userId: alice.id, action: { type: 'unsuspend' } })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    expect(await markCardAction({ cardId: classCard, action: { type: 'flag', flag: 9 } })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    const library = 'apigw-vs-alb.routing.a';
    expect(await markCardAction({ cardId: library, action: { type: 'suspend' } })).toMatchObject({ ok: true });
    session.as = alice.id;
    expect(await markCardAction({ cardId: classCard, action: { type: 'unsuspend' } })).toMatchObject({ ok: true });
    // Bob's suspension is Bob's: Alice's queue still has the library card.
    expect(
      await db.cardMark.findUnique({ where: { userId_cardId: { userId: alice.id, cardId: library } } }),
    ).toBeNull();

    // The browser lists the cards you may study, with your marks only.
    const bobs = await getCardBrowser(bob.id, BrowserQuerySchema.parse({ filter: 'suspended' }), T0);
    expect(bobs.cards.map((c) => c.id)).toEqual([library]);
    const alices = await getCardBrowser(alice.id, BrowserQuerySchema.parse({}), T0);
    expect(alices.owned).toBe(bobs.owned + 3); // two class cards and her own
    expect((await getCardBrowser(bob.id, BrowserQuerySchema.parse({ q: 'Mine' }), T0)).total).toBe(0);
    expect((await getCardBrowser(alice.id, BrowserQuerySchema.parse({ filter: 'suspended' }), T0)).total).toBe(0);
  });
});

describe('study one deck now', () => {
  it('serves only that deck’s cards, under the same daily new-card limit; refuses decks the learner may not study', async () => {
    const user = await makeUser();
    await db.studySettings.create({ data: { userId: user.id, newPerDay: 5 } });
    const decks = await db.deck.findMany({
      where: { kind: 'CONTENT' },
      orderBy: { position: 'asc' },
      select: { id: true },
    });
    const second = decks[1]!.id;
    const inDeck = new Set(
      (await db.deckCard.findMany({ where: { deckId: second }, select: { cardId: true } })).map((d) => d.cardId),
    );

    const deckQueue = (await getDeckQueue(user.id, T0, second))!;
    expect(deckQueue.counts.new).toBe(5);
    expect(deckQueue.cards.every((c) => inDeck.has(c.id))).toBe(true);
    // the daily queue would start with the first deck's cards instead
    expect((await getReviewQueue(user.id, T0)).cards.some((c) => !inDeck.has(c.id))).toBe(true);

    // three new cards answered in the deck session count against today's limit everywhere
    for (const [i, card] of deckQueue.cards.slice(0, 3).entries())
      await repository().record({ userId: user.id, cardId: card.id, grade: 'easy', reviewId: `d-${i}`, now: T0 });
    expect((await getDeckQueue(user.id, T0, second))!.counts.new).toBe(2);
    expect((await getReviewQueue(user.id, T0)).counts.new).toBe(2);

    // suspended cards stay out of a deck session too
    const next = (await getDeckQueue(user.id, T0, second))!.cards[0]!.id;
    await repository().mark(user.id, next, { type: 'suspend' }, T0);
    expect((await getDeckQueue(user.id, T0, second))!.cards.map((c) => c.id)).not.toContain(next);

    // an unknown deck, and an instructor deck not assigned to this learner: no session
    const instructor = await makeUser('INSTRUCTOR');
    const foreign = await makeInstructorDeck(instructor.id);
    expect(await getDeckQueue(user.id, T0, 'no-such-deck')).toBeNull();
    expect(await getDeckQueue(user.id, T0, foreign.deckId)).toBeNull();
    await makeClass(instructor.id, { members: [user.id], decks: [foreign.deckId] });
    expect((await getDeckQueue(user.id, T0, foreign.deckId))?.cards.map((c) => c.id).sort()).toEqual(
      [...foreign.ownCardIds].sort(),
    );
  });
});
