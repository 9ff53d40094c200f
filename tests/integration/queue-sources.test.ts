import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_FSRS_PARAMETERS } from '@/lib/core/scheduler/fsrs';
import { createSeededRandom } from '@/lib/core/seeded-random';
import { GRADES } from '@/lib/core/scheduler/types';
import { databaseProvider } from '@/lib/server/database-url';
import { db } from '@/lib/server/db';
import { getReviewQueue } from '@/lib/server/queries/get-review-queue';
import { postgresQueueSource } from '@/lib/server/review-state/postgres-queue-source';
import { prismaQueueSource } from '@/lib/server/review-state/prisma-queue-source';
import type { QueueSource } from '@/lib/server/review-state/queue-source';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import { sqliteQueueSource } from '@/lib/server/review-state/sqlite-queue-source';
import { makeClass, makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

const T0 = new Date('2026-11-02T12:00:00Z');
const HOUR = 3_600_000;
const onSQLite = databaseProvider(process.env.DATABASE_URL) === 'sqlite';
// Each engine's prepared-statement source, compared with the Prisma reads (ADR 008, 029).
const [engine, fastSource]: [string, QueueSource] = onSQLite ? ['SQLite', sqliteQueueSource] : ['PostgreSQL', postgresQueueSource];

beforeEach(async () => {
  await seedContent();
});

/**
 * A learner with a bit of everything the queue reads: answers over two weeks (some undone), a
 * retired card they had studied, settings with a time zone, a chosen deck list, fitted parameters and an interview
 * date, a live class with a published and an unpublished instructor deck, and an archived class.
 */
async function busyLearner(seed: string): Promise<{ userId: string; times: Date[] }> {
  const random = createSeededRandom(seed);
  const learner = await makeUser();
  const instructor = await makeUser('INSTRUCTOR');
  const published = await makeInstructorDeck(instructor.id, { ownCards: 3, libraryCards: ['apigw-vs-alb.routing.a'] });
  const draft = await makeInstructorDeck(instructor.id, { ownCards: 2, published: false });
  const archivedDeck = await makeInstructorDeck(instructor.id, { ownCards: 1 });
  await makeClass(instructor.id, { members: [learner.id], decks: [published.deckId, draft.deckId] });
  const archived = await makeClass(instructor.id, { members: [learner.id], decks: [archivedDeck.deckId] });
  await db.class.update({ where: { id: archived.classId }, data: { archivedAt: T0 } });
  const library = await db.deck.findMany({ where: { kind: 'CONTENT' }, orderBy: { position: 'asc' }, select: { id: true } });
  await db.studySettings.create({
    data: {
      userId: learner.id,
      newPerDay: 7,
      timeZone: 'America/New_York',
      dayStartHour: 4,
      interviewDate: new Date('2026-12-20T00:00:00Z'),
      deckIds: JSON.stringify(library.slice(1).map((d) => d.id)),
      // Fitted FSRS parameters (ADR 032): every source must read them.
      fsrsParameters: JSON.stringify(DEFAULT_FSRS_PARAMETERS.map((w, i) => (i === 2 ? w * 3 : w))),
    },
  });

  const times: Date[] = [];
  let now = T0;
  for (let step = 0; step < 60; step++) {
    now = new Date(now.getTime() + Math.floor(random() * 8 * HOUR));
    times.push(now);
    const queue = await getReviewQueue(learner.id, now, null, 10, prismaQueueSource);
    const card = queue.cards[Math.floor(random() * queue.cards.length)];
    if (!card) continue;
    const reviewId = `${seed}-${step}-review`;
    await reviewStateRepository().record({ userId: learner.id, cardId: card.id, grade: GRADES[Math.floor(random() * 4)]!, reviewId, now });
    if (random() < 0.1) await reviewStateRepository().undo(learner.id, reviewId, now);
  }
  // Marks (ADR 022): a suspended, a buried (until the next study day after the middle of the run) and a flagged card.
  const marked = await db.reviewState.findMany({ where: { userId: learner.id }, orderBy: { cardId: 'asc' }, take: 3, select: { cardId: true } });
  const [suspended, buried, flagged] = marked.map((m) => m.cardId);
  if (suspended) await reviewStateRepository().mark(learner.id, suspended, { type: 'suspend' }, now);
  if (buried) await reviewStateRepository().mark(learner.id, buried, { type: 'bury' }, times[30]!);
  if (flagged) await reviewStateRepository().mark(learner.id, flagged, { type: 'flag', flag: 3 }, now);
  const studied = await db.reviewState.findFirst({ where: { userId: learner.id, card: { ownerId: null } }, select: { cardId: true } });
  if (studied) await db.card.update({ where: { id: studied.cardId }, data: { retiredAt: now } });
  return { userId: learner.id, times };
}

// One contract, three sources (ADR 008, 029): each engine's app reads the queue with prepared
// statements, so they must agree with the Prisma reads on every field.
describe(`the ${engine} queue source agrees with the Prisma one`, () => {
  it('for a busy learner at every moment of two weeks, including after the last answer', async () => {
    const { userId, times } = await busyLearner('queue-sources');
    expect(await db.reviewLog.count({ where: { userId, undoneAt: { not: null } } })).toBeGreaterThan(0);
    const moments = [...times, new Date(times.at(-1)!.getTime() + 40 * 24 * HOUR)];
    let compared = 0;
    for (const now of moments) {
      const viaPrisma = await getReviewQueue(userId, now, null, 10, prismaQueueSource);
      const viaFast = await getReviewQueue(userId, now, null, 10, fastSource);
      expect(viaFast, now.toISOString()).toEqual(viaPrisma);
      compared += viaPrisma.cards.length;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('method by method, including empty deck lists and a learner with nothing', async () => {
    const { userId, times } = await busyLearner('queue-methods');
    expect(await db.cardMark.count({ where: { userId } })).toBe(3);
    const nobody = await makeUser();
    const sources: QueueSource[] = [prismaQueueSource, fastSource];
    for (const user of [userId, nobody.id]) {
      const [settingsA, settingsB] = await Promise.all(sources.map((s) => s.settings(user)));
      expect(settingsB).toEqual(settingsA);
      for (const chosen of [null, settingsA!.study.deckIds, []]) {
        const [a, b] = await Promise.all(sources.map((s) => s.studiedDeckIds(user, chosen)));
        expect(b).toEqual(a);
      }
      const deckIds = await prismaQueueSource.studiedDeckIds(user, null);
      for (const at of [T0, times[30]!, times.at(-1)!]) {
        for (const decks of [deckIds, []]) {
          const [dueA, dueB] = await Promise.all(sources.map((s) => s.dueStates(user, decks, at)));
          expect(dueB).toEqual(dueA);
          const [nextA, nextB] = await Promise.all(sources.map((s) => s.nextDueAfter(user, decks, at)));
          expect(nextB).toEqual(nextA);
        }
        const [answeredA, answeredB] = await Promise.all(sources.map((s) => s.answeredSince(user, new Date(at.getTime() - 24 * HOUR))));
        expect(answeredB).toEqual(answeredA);
        const [marksA, marksB] = await Promise.all(sources.map((s) => s.marks(user, at)));
        expect(marksB).toEqual(marksA);
      }
      for (const deckId of deckIds) {
        const [a, b] = await Promise.all(sources.map((s) => s.newCardIds(user, deckId, 5)));
        expect(b).toEqual(a);
      }
    }
    const someCards = (await db.card.findMany({ take: 5, orderBy: { id: 'asc' }, select: { id: true } })).map((c) => c.id);
    const [cardsA, cardsB] = await Promise.all(sources.map((s) => s.cards([...someCards, 'no-such-card'])));
    const byId = (rows: { id: string }[]) => [...rows].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(byId(cardsB!)).toEqual(byId(cardsA!));
    expect(cardsA).toHaveLength(5);
  });
});
