import { beforeAll, describe, expect, it, vi } from 'vitest';
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
      expect(result, interviewDate).toMatchObject({ ok: false, code: 'invalid_input', fieldErrors: { interviewDate: [expect.any(String)] } });
    }
    expect(await db.studySettings.findUnique({ where: { userId: user.id } })).toBeNull();
    expect(await updateStudySettingsAction({ ...settings, interviewDate: '2028-02-29' })).toMatchObject({ ok: true });
  });
});
