import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createClassAction } from '@/lib/server/actions/create-class-action';
import { createDeckAction } from '@/lib/server/actions/create-deck-action';
import { importDeckAction } from '@/lib/server/actions/import-deck-action';
import { signUpAction } from '@/lib/server/actions/sign-up-action';
import { updateStudySettingsAction } from '@/lib/server/actions/update-study-settings-action';
import { db } from '@/lib/server/db';
import { seedContent } from '../factories/content';
import { makeUser } from '../factories/users';

const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => (await import('./session')).authAs(importOriginal, session));

beforeAll(async () => {
  await seedContent();
});

const settings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  maximumIntervalDays: 36500,
  timeZone: 'Europe/Berlin',
  dayStartHour: 4,
  deckIds: null,
};

describe('clean refusals instead of 500s or stored nonsense (issue 17 §12)', () => {
  it('refuses interview dates that are not real calendar dates, storing nothing', async () => {
    const user = await makeUser();
    session.as = user.id;
    for (const interviewDate of ['0000-00-00', '2026-13-45', '2026-02-30', '0000-01-01']) {
      const result = await updateStudySettingsAction({ ...settings, interviewDate });
      expect(result, interviewDate).toMatchObject({
        ok: false,
        code: 'invalid_input',
        fieldErrors: { interviewDate: [expect.any(String)] },
      });
    }
    expect(await db.studySettings.findUnique({ where: { userId: user.id } })).toBeNull();
    expect(await updateStudySettingsAction({ ...settings, interviewDate: '2028-02-29' })).toMatchObject({ ok: true });
  });
});

describe('names refuse control and text-direction characters (issue 17 §12)', () => {
  const unsafe = ['Ann\u202Egnp.exe', 'Bob\u2066x\u2069', 'Line\nbreak', 'Bell\u0007', 'Mark\u200F', 'C1\u0085'];

  it('in sign-up, class names and deck titles (typed or imported), writing nothing', async () => {
    const instructor = await makeUser('INSTRUCTOR');
    session.as = instructor.id;
    const users = await db.user.count();
    const classes = await db.class.count();
    const decks = await db.deck.count();
    for (const [i, name] of unsafe.entries()) {
      const signUp = await signUpAction({
        name,
        email: `bidi-${i}-${Date.now()}@example.test`,
        password: 'a-long-password-9',
      });
      expect(signUp, JSON.stringify(name)).toMatchObject({
        ok: false,
        code: 'invalid_input',
        fieldErrors: { name: [expect.stringMatching(/control or text-direction/)] },
      });
      expect(await createClassAction({ name })).toMatchObject({
        ok: false,
        code: 'invalid_input',
        fieldErrors: { name: [expect.any(String)] },
      });
      expect(await createDeckAction({ title: name, description: 'd' })).toMatchObject({
        ok: false,
        code: 'invalid_input',
        fieldErrors: { title: [expect.any(String)] },
      });
      const yaml = `id: bidi\ntitle: ${JSON.stringify(name)}\ndescription: d\ncards: []\n`;
      expect(await importDeckAction({ deckId: null, format: 'yaml', mode: 'merge', text: yaml })).toMatchObject({
        ok: false,
      });
    }
    expect([await db.user.count(), await db.class.count(), await db.deck.count()]).toEqual([users, classes, decks]);
    // Ordinary names in any script still pass.
    expect(await createClassAction({ name: 'Ünïcode — 日本語 · עברית' })).toMatchObject({ ok: true });
  });
});
