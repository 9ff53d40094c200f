import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import type { RecordReviewInput } from '@/lib/server/review-state/types';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

const T0 = new Date('2026-11-02T12:00:00Z');

beforeEach(async () => {
  await seedContent();
});

const recordReview = (input: RecordReviewInput) => reviewStateRepository().record(input);

describe('getReviewQueue', () => {
  it('serves new cards up to the daily limit, then learning steps as they come due', async () => {
    const user = await makeUser();
    await db.studySettings.create({ data: { userId: user.id, newPerDay: 3, timeZone: 'UTC', dayStartHour: 4 } });
    const first = await getReviewQueue(user.id, T0);
    expect(first.counts).toEqual({ new: 3, learning: 0, review: 0 });
    expect(first.cards.map((c) => c.kind)).toEqual(['new', 'new', 'new']);
    expect(first.cards[0]?.intervals).toEqual({
      again: '1m',
      hard: '6m',
      good: '10m',
      easy: expect.stringMatching(/^\d+d$/),
    });

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
    await db.studySettings.create({
      data: { userId: user.id, newPerDay: 100, deckIds: JSON.stringify(['limits-and-numbers']) },
    });
    const queue = await getReviewQueue(user.id, T0);
    expect(queue.cards.length).toBeGreaterThan(0);
    expect(queue.cards.every((c) => c.id.startsWith('limits.'))).toBe(true);
    await recordReview({ userId: other.id, cardId: queue.cards[0]!.id, grade: 'easy', reviewId: 'other-1', now: T0 });
    expect((await getReviewQueue(user.id, T0)).counts.new).toBe(queue.counts.new);
  });

  it('rolls the day over at the learner’s hour: yesterday’s new cards no longer count against today’s limit', async () => {
    const user = await makeUser();
    await db.studySettings.create({
      data: { userId: user.id, newPerDay: 2, timeZone: 'America/New_York', dayStartHour: 4 },
    });
    const evening = new Date('2026-11-03T02:00:00Z'); // 21:00 in New York, Nov 2
    for (const [i, card] of (await getReviewQueue(user.id, evening)).cards.entries()) {
      await recordReview({ userId: user.id, cardId: card.id, grade: 'easy', reviewId: `roll-${i}-abcd`, now: evening });
    }
    expect((await getReviewQueue(user.id, new Date('2026-11-03T08:59:00Z'))).counts.new).toBe(0); // 03:59 local
    expect((await getReviewQueue(user.id, new Date('2026-11-03T09:01:00Z'))).counts.new).toBe(2); // 04:01 local
  });
});
