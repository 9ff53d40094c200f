import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/generated/prisma/enums';
import type * as AuthModule from '@/lib/server/auth';
import type { SessionUser } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { deleteClassAction } from '@/lib/server/actions/delete-class-action';
import { deleteDeckAction } from '@/lib/server/actions/delete-deck-action';
import { joinClassAction } from '@/lib/server/actions/join-class-action';
import { setClassArchivedAction } from '@/lib/server/actions/set-class-archived-action';
import { setDeckArchivedAction } from '@/lib/server/actions/set-deck-archived-action';
import { getInstructorClasses } from '@/lib/server/queries/get-instructor-classes';
import { getInstructorDecks } from '@/lib/server/queries/get-instructor-decks';
import { getLearnerClasses } from '@/lib/server/queries/get-learner-classes';
import { getStudiedDeckIds } from '@/lib/server/queries/get-studied-deck-ids';
import { reviewStateRepository } from '@/lib/server/review-state/review-state-repository';
import { makeClass, makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

// Archive / restore / delete of decks and classes (ADR 024): only the owner (or an admin) may,
// and no learner's ReviewState or ReviewLog is ever removed.
const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => {
  const original = await importOriginal<typeof AuthModule>();
  const { db: database } = await import('@/lib/server/db');
  return {
    ...original,
    getCurrentUser: async (): Promise<SessionUser | null> =>
      session.as
        ? database.user.findUnique({
            where: { id: session.as },
            select: { id: true, email: true, name: true, role: true },
          })
        : null,
  };
});

type Actor = 'anonymous' | 'learner' | 'instructor' | 'other instructor' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'learner', 'instructor', 'other instructor', 'admin'];
const users = {} as Record<Exclude<Actor, 'anonymous'>, { id: string; email: string; role: Role }>;
const LIBRARY_CARD = 'apigw-vs-alb.auth.b';
const NOW = new Date('2026-11-02T12:00:00Z');

beforeAll(async () => {
  await seedContent();
  const make = async (role: Role) => ({ ...(await makeUser(role)), role });
  users.learner = await make('LEARNER');
  users.instructor = await make('INSTRUCTOR');
  users['other instructor'] = await make('INSTRUCTOR');
  users.admin = await make('ADMIN');
});
beforeEach(() => {
  session.as = null;
});
const actAs = (actor: Actor) => {
  session.as = actor === 'anonymous' ? null : users[actor].id;
};
const instructor = (): SessionUser => ({ ...users.instructor, name: null });

/** The instructor's deck (2 own cards + 1 library card) assigned to their class; the learner studied all three. */
async function world() {
  const { deckId, ownCardIds } = await makeInstructorDeck(users.instructor.id, {
    ownCards: 2,
    libraryCards: [LIBRARY_CARD],
  });
  const { classId } = await makeClass(users.instructor.id, { members: [users.learner.id], decks: [deckId] });
  await db.promptAssignment.create({ data: { classId, promptId: 'apigw-vs-alb' } });
  const cards = [...ownCardIds, LIBRARY_CARD];
  for (const [i, cardId] of cards.entries()) {
    const recorded = await reviewStateRepository().record({
      userId: users.learner.id,
      cardId,
      grade: i === 0 ? 'again' : 'good',
      reviewId: `${deckId}-${i}`,
      now: NOW,
    });
    expect(recorded, JSON.stringify(recorded)).toMatchObject({ ok: true });
  }
  return { deckId, ownCardIds, classId, cards };
}
type World = Awaited<ReturnType<typeof world>>;

/** The learner's memory and history of the world's cards: must never shrink or change. */
async function progress(w: World) {
  return JSON.stringify(
    await Promise.all([
      db.reviewState.findMany({ where: { cardId: { in: w.cards } }, orderBy: [{ userId: 'asc' }, { cardId: 'asc' }] }),
      db.reviewLog.findMany({ where: { cardId: { in: w.cards } }, orderBy: { id: 'asc' } }),
    ]),
  );
}

async function snapshot() {
  return JSON.stringify(
    await Promise.all([
      db.deck.findMany({ where: { kind: 'INSTRUCTOR' }, orderBy: { id: 'asc' } }),
      db.card.findMany({ where: { ownerId: { not: null } }, orderBy: { id: 'asc' } }),
      db.class.findMany({ orderBy: { id: 'asc' } }),
      db.classMember.findMany({ orderBy: [{ classId: 'asc' }, { userId: 'asc' }] }),
      db.deckAssignment.findMany({ orderBy: [{ classId: 'asc' }, { deckId: 'asc' }] }),
      db.promptAssignment.findMany({ orderBy: [{ classId: 'asc' }, { promptId: 'asc' }] }),
    ]),
  );
}

const ACTIONS: { name: string; archivedFirst: boolean; run: (w: World) => Promise<{ ok: boolean }> }[] = [
  {
    name: 'setDeckArchivedAction (archive)',
    archivedFirst: false,
    run: (w) => setDeckArchivedAction({ deckId: w.deckId, archived: true }),
  },
  {
    name: 'setDeckArchivedAction (restore)',
    archivedFirst: true,
    run: (w) => setDeckArchivedAction({ deckId: w.deckId, archived: false }),
  },
  { name: 'deleteDeckAction', archivedFirst: true, run: (w) => deleteDeckAction({ deckId: w.deckId }) },
  {
    name: 'setClassArchivedAction (archive)',
    archivedFirst: false,
    run: (w) => setClassArchivedAction({ classId: w.classId, archived: true }),
  },
  {
    name: 'setClassArchivedAction (restore)',
    archivedFirst: true,
    run: (w) => setClassArchivedAction({ classId: w.classId, archived: false }),
  },
  { name: 'deleteClassAction', archivedFirst: true, run: (w) => deleteClassAction({ classId: w.classId }) },
];

function expected(actor: Actor): string {
  if (actor === 'anonymous') return 'unauthenticated';
  if (actor === 'learner') return 'forbidden';
  if (actor === 'other instructor') return 'not_found';
  return 'ok';
}

describe('archive, restore and delete: who may', () => {
  for (const action of ACTIONS) {
    for (const actor of ACTORS) {
      const outcome = expected(actor);
      it(`${action.name} as ${actor}: ${outcome}; students' review states and logs survive`, async () => {
        const w = await world();
        if (action.archivedFirst) {
          await db.deck.update({ where: { id: w.deckId }, data: { retiredAt: NOW } });
          await db.class.update({ where: { id: w.classId }, data: { archivedAt: NOW } });
        }
        const before = await snapshot();
        const history = await progress(w);
        actAs(actor);
        const result = await action.run(w);
        if (outcome === 'ok') expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
        else {
          expect(result).toMatchObject({ ok: false, code: outcome });
          expect(await snapshot()).toBe(before);
        }
        expect(await progress(w)).toBe(history);
      });
    }
  }
});

describe('what archiving and deleting do', () => {
  it('an archived deck leaves the student’s queue and the instructor’s list, and a restore brings it back with its class', async () => {
    const w = await world();
    actAs('instructor');
    expect(await getStudiedDeckIds(users.learner.id, null)).toContain(w.deckId);
    expect(await setDeckArchivedAction({ deckId: w.deckId, archived: true })).toMatchObject({ ok: true });
    expect(await setDeckArchivedAction({ deckId: w.deckId, archived: true })).toMatchObject({ ok: true }); // idempotent
    expect(await getStudiedDeckIds(users.learner.id, null)).not.toContain(w.deckId);
    expect((await getInstructorDecks(instructor())).map((d) => d.id)).not.toContain(w.deckId);
    expect((await getInstructorDecks(instructor(), { archived: true })).map((d) => d.id)).toContain(w.deckId);
    expect(await reviewStateRepository().studyableCards(users.learner.id, w.ownCardIds)).toEqual([]);
    expect(await setDeckArchivedAction({ deckId: w.deckId, archived: false })).toMatchObject({ ok: true });
    expect(await getStudiedDeckIds(users.learner.id, null)).toContain(w.deckId);
    expect(await db.deckAssignment.count({ where: { deckId: w.deckId } })).toBe(1);
  });

  it('a live deck can’t be deleted; an archived one goes with its list and assignments, its own cards retired, the library card kept', async () => {
    const w = await world();
    actAs('instructor');
    expect(await deleteDeckAction({ deckId: w.deckId })).toMatchObject({ ok: false, code: 'conflict' });
    await setDeckArchivedAction({ deckId: w.deckId, archived: true });
    const history = await progress(w);
    expect(await deleteDeckAction({ deckId: w.deckId })).toMatchObject({ ok: true, data: { retiredCards: 2 } });
    expect(await db.deck.count({ where: { id: w.deckId } })).toBe(0);
    expect(await db.deckCard.count({ where: { deckId: w.deckId } })).toBe(0);
    expect(await db.deckAssignment.count({ where: { deckId: w.deckId } })).toBe(0);
    const own = await db.card.findMany({ where: { id: { in: w.ownCardIds } } });
    expect(own).toHaveLength(2);
    expect(own.every((c) => c.retiredAt !== null)).toBe(true);
    expect((await db.card.findUniqueOrThrow({ where: { id: LIBRARY_CARD } })).retiredAt).toBeNull();
    expect(await progress(w)).toBe(history);
    expect(await db.reviewLog.count({ where: { userId: users.learner.id, cardId: { in: w.ownCardIds } } })).toBe(2);
  });

  it('an archived class leaves the student’s list and queue and refuses its join code; a restore brings it back', async () => {
    const w = await world();
    const { joinCode } = await db.class.findUniqueOrThrow({ where: { id: w.classId }, select: { joinCode: true } });
    actAs('instructor');
    expect(await setClassArchivedAction({ classId: w.classId, archived: true })).toMatchObject({ ok: true });
    expect((await getLearnerClasses(users.learner.id)).map((c) => c.id)).not.toContain(w.classId);
    expect(await getStudiedDeckIds(users.learner.id, null)).not.toContain(w.deckId);
    expect((await getInstructorClasses(instructor(), { archived: true })).map((c) => c.id)).toContain(w.classId);
    const newcomer = await makeUser('LEARNER');
    session.as = newcomer.id;
    expect(await joinClassAction({ code: joinCode })).toMatchObject({ ok: false, code: 'invalid_code' });
    actAs('instructor');
    expect(await setClassArchivedAction({ classId: w.classId, archived: false })).toMatchObject({ ok: true });
    expect((await getLearnerClasses(users.learner.id)).map((c) => c.id)).toContain(w.classId);
    expect(await getStudiedDeckIds(users.learner.id, null)).toContain(w.deckId);
  });

  it('a live class can’t be deleted; an archived one removes memberships and assignments, never the students’ history or the deck', async () => {
    const w = await world();
    actAs('instructor');
    expect(await deleteClassAction({ classId: w.classId })).toMatchObject({ ok: false, code: 'conflict' });
    await setClassArchivedAction({ classId: w.classId, archived: true });
    const history = await progress(w);
    expect(await deleteClassAction({ classId: w.classId })).toMatchObject({ ok: true, data: { members: 1 } });
    expect(await db.class.count({ where: { id: w.classId } })).toBe(0);
    expect(await db.classMember.count({ where: { classId: w.classId } })).toBe(0);
    expect(await db.deckAssignment.count({ where: { classId: w.classId } })).toBe(0);
    expect(await db.promptAssignment.count({ where: { classId: w.classId } })).toBe(0);
    expect(await db.deck.count({ where: { id: w.deckId } })).toBe(1);
    expect(await db.user.count({ where: { id: users.learner.id } })).toBe(1);
    expect(await progress(w)).toBe(history);
  });
});
