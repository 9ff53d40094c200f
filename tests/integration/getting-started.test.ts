import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { getGettingStarted } from '@/lib/server/queries/get-getting-started';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import { makeClass } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

const NOW = new Date('2026-11-20T12:00:00Z');
const ticked = async (userId: string) => (await getGettingStarted(userId)).steps.filter((s) => s.done).map((s) => s.id);

beforeAll(async () => {
  await seedContent();
});

describe('getGettingStarted: the new account checklist ticks itself from real data', () => {
  it('ticks each step as the learner does it, and un-ticks a review that was undone', async () => {
    const learner = await makeUser();
    expect(await getGettingStarted(learner.id)).toMatchObject({ done: 0, complete: false });

    await db.studySettings.create({ data: { userId: learner.id, interviewDate: new Date('2026-12-24T00:00:00Z') } });
    expect(await ticked(learner.id)).toEqual(['interview-date']);

    await db.studySettings.update({ where: { userId: learner.id }, data: { deckIds: '["limits-and-numbers"]' } });
    expect(await ticked(learner.id)).toEqual(['interview-date', 'decks']);

    const answered = await reviewStateRepository().record({
      userId: learner.id,
      cardId: 'apigw-vs-alb.cost.b',
      grade: 'good',
      reviewId: 'getting-started-1',
      now: NOW,
    });
    expect(answered.ok).toBe(true);
    expect(await ticked(learner.id)).toContain('first-review');
    await reviewStateRepository().undo(learner.id, 'getting-started-1', NOW);
    expect(await ticked(learner.id)).not.toContain('first-review');

    await db.mockAttempt.create({
      data: { userId: learner.id, promptId: 'apigw-vs-alb', mode: 'practice', timeLimitSec: 900, startedAt: NOW },
    });
    expect(await ticked(learner.id)).toEqual(['interview-date', 'decks', 'first-mock']);
  });

  it('counts joining a class as picking decks', async () => {
    const instructor = await makeUser('INSTRUCTOR');
    const student = await makeUser();
    await makeClass(instructor.id, { members: [student.id] });
    expect(await ticked(student.id)).toEqual(['decks']);
  });
});
