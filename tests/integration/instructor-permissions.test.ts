import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/generated/prisma/enums';
import type * as AuthModule from '@/lib/server/auth';
import type { SessionUser } from '@/lib/server/auth';
import { db } from '@/lib/server/db';
import { GET as exportDeck } from '@/app/api/instructor/decks/[deckId]/export/route';
import { GET as exportDashboard } from '@/app/api/instructor/classes/[classId]/dashboard/route';
import { addLibraryCardsAction } from '@/lib/server/actions/add-library-cards-action';
import { assignDeckAction } from '@/lib/server/actions/assign-deck-action';
import { assignPromptAction } from '@/lib/server/actions/assign-prompt-action';
import { createClassAction } from '@/lib/server/actions/create-class-action';
import { createDeckAction } from '@/lib/server/actions/create-deck-action';
import { importDeckAction } from '@/lib/server/actions/import-deck-action';
import { joinClassAction } from '@/lib/server/actions/join-class-action';
import { leaveClassAction } from '@/lib/server/actions/leave-class-action';
import { previewDeckImportAction } from '@/lib/server/actions/preview-deck-import-action';
import { removeClassMemberAction } from '@/lib/server/actions/remove-class-member-action';
import { removeDeckCardAction } from '@/lib/server/actions/remove-deck-card-action';
import { reorderDeckCardsAction } from '@/lib/server/actions/reorder-deck-cards-action';
import { rotateJoinCodeAction } from '@/lib/server/actions/rotate-join-code-action';
import { saveDeckCardAction } from '@/lib/server/actions/save-deck-card-action';
import { setDeckPublishedAction } from '@/lib/server/actions/set-deck-published-action';
import { unassignDeckAction } from '@/lib/server/actions/unassign-deck-action';
import { unassignPromptAction } from '@/lib/server/actions/unassign-prompt-action';
import { updateDeckAction } from '@/lib/server/actions/update-deck-action';
import { updateUserRoleAction } from '@/lib/server/actions/update-user-role-action';
import { getClassDashboard } from '@/lib/server/queries/get-class-dashboard';
import { getClassOverview } from '@/lib/server/queries/get-class-overview';
import { getDeckBuilder } from '@/lib/server/queries/get-deck-builder';
import { makeClass, makeInstructorDeck } from '../factories/classes';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';
import { requestAs } from './session';

// Server actions read the session through getCurrentUser(); here it is whoever `session.as` names,
// with the role read from the database as the real one does.
const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => {
  const original = await importOriginal<typeof AuthModule>();
  const { db: database } = await import('@/lib/server/db');
  return {
    ...original,
    getCurrentUser: async (): Promise<SessionUser | null> => {
      if (!session.as) return null;
      const row = await database.user.findUnique({
        where: { id: session.as },
        select: { id: true, email: true, name: true, role: true },
      });
      return row;
    },
  };
});

type Actor = 'anonymous' | 'learner' | 'other learner' | 'instructor' | 'other instructor' | 'admin';
const ACTORS: Actor[] = ['anonymous', 'learner', 'other learner', 'instructor', 'other instructor', 'admin'];
const users = {} as Record<Exclude<Actor, 'anonymous'>, { id: string; email: string; role: Role }>;

beforeAll(async () => {
  await seedContent();
  const make = async (role: Role) => ({ ...(await makeUser(role)), role });
  users.learner = await make('LEARNER');
  users['other learner'] = await make('LEARNER');
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

/** The instructor's deck (2 own cards + 1 library card) assigned to their class, the learner a member. */
async function world() {
  const { deckId, ownCardIds } = await makeInstructorDeck(users.instructor.id, {
    ownCards: 2,
    libraryCards: ['apigw-vs-alb.auth.b'],
  });
  const { classId } = await makeClass(users.instructor.id, { members: [users.learner.id], decks: [deckId] });
  await db.promptAssignment.create({ data: { classId, promptId: 'apigw-vs-alb' } });
  return { deckId, ownCardIds, classId };
}
type World = Awaited<ReturnType<typeof world>>;

/** Everything an instructor action could write, to prove a refused call wrote nothing. */
async function snapshot(): Promise<string> {
  return JSON.stringify(
    await Promise.all([
      db.deck.findMany({ where: { kind: 'INSTRUCTOR' }, orderBy: { id: 'asc' } }),
      db.card.findMany({ where: { ownerId: { not: null } }, orderBy: { id: 'asc' } }),
      db.deckCard.findMany({
        where: { deck: { kind: 'INSTRUCTOR' } },
        orderBy: [{ deckId: 'asc' }, { cardId: 'asc' }],
      }),
      db.class.findMany({ orderBy: { id: 'asc' } }),
      db.classMember.findMany({ orderBy: [{ classId: 'asc' }, { userId: 'asc' }] }),
      db.deckAssignment.findMany({ orderBy: [{ classId: 'asc' }, { deckId: 'asc' }] }),
      db.promptAssignment.findMany({ orderBy: [{ classId: 'asc' }, { promptId: 'asc' }] }),
      db.user.findMany({ select: { id: true, role: true }, orderBy: { id: 'asc' } }),
    ]),
  );
}

const CSV = 'front,back\nA new question,Its answer\n';
const ownCard = (w: World, cardId?: string) => ({
  deckId: w.deckId,
  ...(cardId ? { cardId } : {}),
  front: 'Edited **front**',
  back: 'Edited back',
  explanation: '',
  tags: ['week-1'],
  dimension: 'apigw-vs-alb/auth',
  misconception: null,
  sources: [],
});

/** Every instructor action, with who may call it: the owner and admins ("owned"), or any instructor ("create"). */
const ACTIONS: {
  name: string;
  scope: 'owned' | 'create';
  run: (w: World) => Promise<{ ok: boolean; code?: string }>;
}[] = [
  {
    name: 'createDeckAction',
    scope: 'create',
    run: () => createDeckAction({ title: 'New deck', description: 'About it.' }),
  },
  {
    name: 'updateDeckAction',
    scope: 'owned',
    run: (w) => updateDeckAction({ deckId: w.deckId, title: 'Renamed', description: 'New.' }),
  },
  {
    name: 'setDeckPublishedAction',
    scope: 'owned',
    run: (w) => setDeckPublishedAction({ deckId: w.deckId, published: false }),
  },
  {
    name: 'addLibraryCardsAction',
    scope: 'owned',
    run: (w) => addLibraryCardsAction({ deckId: w.deckId, cardIds: ['apigw-vs-alb.vpc.a'] }),
  },
  { name: 'saveDeckCardAction (new)', scope: 'owned', run: (w) => saveDeckCardAction(ownCard(w)) },
  { name: 'saveDeckCardAction (edit)', scope: 'owned', run: (w) => saveDeckCardAction(ownCard(w, w.ownCardIds[0])) },
  {
    name: 'removeDeckCardAction',
    scope: 'owned',
    run: (w) => removeDeckCardAction({ deckId: w.deckId, cardId: w.ownCardIds[1] }),
  },
  {
    name: 'reorderDeckCardsAction',
    scope: 'owned',
    run: (w) => reorderDeckCardsAction({ deckId: w.deckId, cardIds: ['apigw-vs-alb.auth.b', ...w.ownCardIds] }),
  },
  {
    name: 'previewDeckImportAction',
    scope: 'owned',
    run: (w) => previewDeckImportAction({ deckId: w.deckId, format: 'csv', mode: 'merge', text: CSV }),
  },
  {
    name: 'importDeckAction',
    scope: 'owned',
    run: (w) => importDeckAction({ deckId: w.deckId, format: 'csv', mode: 'merge', text: CSV }),
  },
  {
    name: 'importDeckAction (new deck)',
    scope: 'create',
    run: () => importDeckAction({ deckId: null, format: 'csv', mode: 'merge', text: CSV, title: 'From CSV' }),
  },
  { name: 'createClassAction', scope: 'create', run: () => createClassAction({ name: 'Cohort B' }) },
  { name: 'rotateJoinCodeAction', scope: 'owned', run: (w) => rotateJoinCodeAction({ classId: w.classId }) },
  {
    name: 'assignDeckAction',
    scope: 'owned',
    run: (w) => assignDeckAction({ classId: w.classId, deckId: 'limits-and-numbers' }),
  },
  {
    name: 'unassignDeckAction',
    scope: 'owned',
    run: (w) => unassignDeckAction({ classId: w.classId, deckId: w.deckId }),
  },
  {
    name: 'assignPromptAction',
    scope: 'owned',
    run: (w) => assignPromptAction({ classId: w.classId, promptId: 'multi-region-dr', dueDate: '2026-12-01' }),
  },
  {
    name: 'unassignPromptAction',
    scope: 'owned',
    run: (w) => unassignPromptAction({ classId: w.classId, promptId: 'apigw-vs-alb' }),
  },
  {
    name: 'removeClassMemberAction',
    scope: 'owned',
    run: (w) => removeClassMemberAction({ classId: w.classId, userId: users.learner.id }),
  },
];

function expected(scope: 'owned' | 'create', actor: Actor): 'ok' | string {
  if (actor === 'anonymous') return 'unauthenticated';
  if (actor === 'learner' || actor === 'other learner') return 'forbidden';
  if (actor === 'other instructor' && scope === 'owned') return 'not_found';
  return 'ok';
}

describe('the permission matrix of the instructor actions', () => {
  for (const action of ACTIONS) {
    for (const actor of ACTORS) {
      const outcome = expected(action.scope, actor);
      it(`${action.name} as ${actor}: ${outcome}`, async () => {
        const w = await world();
        actAs(actor);
        const before = await snapshot();
        const result = await action.run(w);
        if (outcome === 'ok') {
          expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
        } else {
          expect(result).toMatchObject({ ok: false, code: outcome });
          expect(await snapshot()).toBe(before);
        }
      });
    }
  }

  it('another instructor can’t assign someone else’s deck to their own class, nor see its builder, class or dashboard', async () => {
    const w = await world();
    const theirs = await makeClass(users['other instructor'].id);
    actAs('other instructor');
    expect(await assignDeckAction({ classId: theirs.classId, deckId: w.deckId })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    const other = { ...users['other instructor'], name: null };
    expect(await getDeckBuilder(other, w.deckId)).toBeNull();
    expect(await getClassOverview(other, w.classId)).toBeNull();
    expect(await getClassDashboard(other, w.classId, new Date())).toBeNull();
    const admin = { ...users.admin, name: null };
    expect(await getDeckBuilder(admin, w.deckId)).not.toBeNull();
    expect(await getClassDashboard(admin, w.classId, new Date())).toMatchObject({ summary: { students: 1 } });
  });

  it('rejects malformed input before touching anything', async () => {
    const w = await world();
    actAs('instructor');
    const before = await snapshot();
    expect(await updateDeckAction({ deckId: w.deckId, title: '', description: 'x' })).toMatchObject({
      ok: false,
      code: 'invalid_input',
      fieldErrors: { title: ['Title is required.'] },
    });
    expect(await saveDeckCardAction({ ...ownCard(w), tags: ['Not A Tag'] })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    expect(await saveDeckCardAction({ ...ownCard(w), sources: ['no-such-source'] })).toMatchObject({
      ok: false,
      fieldErrors: { sources: ['unknown source "no-such-source"'] },
    });
    expect(await saveDeckCardAction({ ...ownCard(w), dimension: 'apigw-vs-alb/teleportation' })).toMatchObject({
      ok: false,
      fieldErrors: { dimension: [expect.stringContaining('unknown dimension')] },
    });
    expect(await reorderDeckCardsAction({ deckId: w.deckId, cardIds: w.ownCardIds })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(await assignDeckAction({ classId: w.classId, deckId: '../etc' })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    expect(await addLibraryCardsAction({ deckId: w.deckId, cardIds: [w.ownCardIds[0]] })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await setDeckPublishedAction({ deckId: w.deckId, published: 'yes' })).toMatchObject({
      ok: false,
      code: 'invalid_input',
    });
    expect(await snapshot()).toBe(before);
  });
});

describe('the permission matrix of the student and admin actions', () => {
  for (const actor of ACTORS) {
    const outcome = actor === 'anonymous' ? 'unauthenticated' : actor === 'instructor' ? 'own_class' : 'ok';
    it(`joinClassAction as ${actor}: ${outcome}`, async () => {
      const { joinCode, classId } = await makeClass(users.instructor.id);
      actAs(actor);
      const result = await joinClassAction({ code: joinCode.toLowerCase() });
      expect(result).toMatchObject(outcome === 'ok' ? { ok: true, data: { classId } } : { ok: false, code: outcome });
      const members = await db.classMember.count({ where: { classId } });
      expect(members).toBe(outcome === 'ok' ? 1 : 0);
    });

    const leaves = actor === 'anonymous' ? 'unauthenticated' : actor === 'learner' ? 'ok' : 'not_found';
    it(`leaveClassAction as ${actor}: ${leaves} (only a member leaves, and only themselves)`, async () => {
      const w = await world();
      actAs(actor);
      expect(await leaveClassAction({ classId: w.classId })).toMatchObject(
        leaves === 'ok' ? { ok: true } : { ok: false, code: leaves },
      );
      expect(await db.classMember.count({ where: { classId: w.classId } })).toBe(leaves === 'ok' ? 0 : 1);
    });

    const promotes = actor === 'anonymous' ? 'unauthenticated' : actor === 'admin' ? 'ok' : 'forbidden';
    it(`updateUserRoleAction as ${actor}: ${promotes}`, async () => {
      const target = await makeUser('LEARNER');
      actAs(actor);
      const result = await updateUserRoleAction({ userId: target.id, role: 'INSTRUCTOR' });
      expect(result).toMatchObject(promotes === 'ok' ? { ok: true } : { ok: false, code: promotes });
      expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe(
        promotes === 'ok' ? 'INSTRUCTOR' : 'LEARNER',
      );
    });
  }

  it('an unguessable code: a wrong or malformed code joins nothing', async () => {
    await makeClass(users.instructor.id);
    actAs('learner');
    for (const code of ['ZZZZZ-ZZZZZ', 'short', '', "' OR 1=1 --"]) {
      expect(await joinClassAction({ code })).toMatchObject({ ok: false, code: 'invalid_code' });
    }
  });

  it('an admin’s role can’t be changed, and a promotion applies at once (the role is read from the database)', async () => {
    actAs('admin');
    expect(await updateUserRoleAction({ userId: users.admin.id, role: 'LEARNER' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    const promoted = await makeUser('LEARNER');
    session.as = promoted.id;
    expect(await createDeckAction({ title: 't', description: 'd' })).toMatchObject({ ok: false, code: 'forbidden' });
    actAs('admin');
    await updateUserRoleAction({ userId: promoted.id, role: 'INSTRUCTOR' });
    session.as = promoted.id;
    expect(await createDeckAction({ title: 't', description: 'd' })).toMatchObject({ ok: true });
  });
});

describe('the permission matrix of the instructor routes', () => {
  const ROUTES = [
    {
      name: 'GET deck export (yaml)',
      call: (w: World, user: (typeof users)[keyof typeof users] | null) =>
        requestAs(`/api/instructor/decks/${w.deckId}/export?format=yaml`, user).then((r) =>
          exportDeck(r, { params: Promise.resolve({ deckId: w.deckId }) }),
        ),
    },
    {
      name: 'GET deck export (csv)',
      call: (w: World, user: (typeof users)[keyof typeof users] | null) =>
        requestAs(`/api/instructor/decks/${w.deckId}/export?format=csv`, user).then((r) =>
          exportDeck(r, { params: Promise.resolve({ deckId: w.deckId }) }),
        ),
    },
    {
      name: 'GET dashboard CSV',
      call: (w: World, user: (typeof users)[keyof typeof users] | null) =>
        requestAs(`/api/instructor/classes/${w.classId}/dashboard?table=students`, user).then((r) =>
          exportDashboard(r, { params: Promise.resolve({ classId: w.classId }) }),
        ),
    },
  ];
  const STATUS: Record<Actor, number> = {
    anonymous: 401,
    learner: 403,
    'other learner': 403,
    instructor: 200,
    'other instructor': 404,
    admin: 200,
  };
  for (const route of ROUTES) {
    for (const actor of ACTORS) {
      it(`${route.name} as ${actor}: ${STATUS[actor]}`, async () => {
        const w = await world();
        const response = await route.call(w, actor === 'anonymous' ? null : users[actor]);
        expect(response.status).toBe(STATUS[actor]);
        if (response.status === 200) {
          expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.(yaml|csv)"$/);
          expect(await response.text()).toContain(
            route.name.includes('dashboard') ? users.learner.email : 'Own question 1',
          );
        } else {
          expect(await response.json()).toMatchObject({
            error: { code: expect.any(String), message: expect.any(String) },
          });
        }
      });
    }
  }

  it('a stale session token does not keep a demoted instructor in', async () => {
    const w = await world();
    const demoted = await makeUser('INSTRUCTOR');
    await db.deck.update({ where: { id: w.deckId }, data: { ownerId: demoted.id } });
    const token = { ...demoted, role: 'INSTRUCTOR' as Role };
    expect(
      (
        await exportDeck(await requestAs(`/api/instructor/decks/${w.deckId}/export?format=csv`, token), {
          params: Promise.resolve({ deckId: w.deckId }),
        })
      ).status,
    ).toBe(200);
    await db.user.update({ where: { id: demoted.id }, data: { role: 'LEARNER' } });
    expect(
      (
        await exportDeck(await requestAs(`/api/instructor/decks/${w.deckId}/export?format=csv`, token), {
          params: Promise.resolve({ deckId: w.deckId }),
        })
      ).status,
    ).toBe(403);
  });

  it('rejects a bad format or table with 400', async () => {
    const w = await world();
    const r1 = await exportDeck(
      await requestAs(`/api/instructor/decks/${w.deckId}/export?format=xml`, users.instructor),
      { params: Promise.resolve({ deckId: w.deckId }) },
    );
    expect(r1.status).toBe(400);
    const r2 = await exportDashboard(
      await requestAs(`/api/instructor/classes/${w.classId}/dashboard?table=secrets`, users.instructor),
      { params: Promise.resolve({ classId: w.classId }) },
    );
    expect(r2.status).toBe(400);
  });
});
