/** Issue 15: right after `npm start` the demo learner always has a session's worth of cards due (never "All done"). */
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { seedDemoHistory } from '@/lib/server/mutations/seed-demo-history';
import { DEMO_SESSION_CARDS, topUpDemoQueue } from '@/lib/server/mutations/top-up-demo-queue';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

const T0 = new Date('2026-11-02T12:00:00Z');
const dueNow = async (userId: string, now: Date) => {
  const { counts } = await getReviewQueue(userId, now);
  return counts.new + counts.learning + counts.review;
};

beforeEach(async () => {
  await seedContent();
});

/** A learner who worked through today's whole queue (every card Easy): "All done for today". */
async function learnerDoneForToday() {
  const user = await makeUser();
  await db.studySettings.create({ data: { userId: user.id, newPerDay: 30 } });
  for (let i = 0; i < 60; i++) {
    const card = (await getReviewQueue(user.id, T0)).cards[0];
    if (!card) break;
    await reviewStateRepository().record({
      userId: user.id,
      cardId: card.id,
      grade: 'easy',
      reviewId: `done-${i}`,
      now: T0,
    });
  }
  return user;
}

describe('topUpDemoQueue', () => {
  it('brings the soonest review cards forward until a session’s worth is due, memory kept and nothing logged', async () => {
    const user = await learnerDoneForToday();
    const later = new Date(T0.getTime() + 3_600_000);
    expect(await dueNow(user.id, later)).toBe(0);
    const logs = await db.reviewLog.count({ where: { userId: user.id } });
    const before = await db.reviewState.findMany({
      where: { userId: user.id, phase: 2 },
      orderBy: [{ due: 'asc' }, { cardId: 'asc' }],
    });

    expect(await topUpDemoQueue(user.id, later)).toBe(DEMO_SESSION_CARDS);
    expect(await dueNow(user.id, later)).toBe(DEMO_SESSION_CARDS);
    const moved = await db.reviewState.findMany({ where: { userId: user.id, due: later } });
    // the ones due soonest, with their memory
    expect(moved.map((s) => s.cardId).sort()).toEqual(
      before
        .slice(0, DEMO_SESSION_CARDS)
        .map((s) => s.cardId)
        .sort(),
    );
    for (const s of moved) expect(s.stability).toBe(before.find((b) => b.cardId === s.cardId)!.stability);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(logs);

    // enough due already: nothing more moves (safe to run on every start)
    expect(await topUpDemoQueue(user.id, later)).toBe(0);
  });

  it('the demo learner’s seeded history plus the top-up leaves a session’s worth due, even after studying today', async () => {
    const user = await makeUser();
    await seedDemoHistory(user.id, T0, 10);
    // they already did today's session
    for (let i = 0; i < 80; i++) {
      const card = (await getReviewQueue(user.id, T0)).cards[0];
      if (!card) break;
      await reviewStateRepository().record({
        userId: user.id,
        cardId: card.id,
        grade: 'good',
        reviewId: `today-${i}`,
        now: T0,
      });
    }
    const restart = new Date(T0.getTime() + 2 * 3_600_000);
    expect(await dueNow(user.id, restart)).toBeLessThan(DEMO_SESSION_CARDS); // what the issue saw: "All done"
    await topUpDemoQueue(user.id, restart);
    expect(await dueNow(user.id, restart)).toBeGreaterThanOrEqual(DEMO_SESSION_CARDS);
  });
});
