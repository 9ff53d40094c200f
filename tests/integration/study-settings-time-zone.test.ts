import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '@/lib/core/scheduler/study-settings';
import { db } from '@/lib/server/db';
import { updateStudySettingsAction } from '@/lib/server/actions/update-study-settings-action';
import { makeUser } from '../factories/users';

const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (original) => (await import('./session')).authAs(original, session));

describe('saving the time zone (validated against the list the settings page shows)', () => {
  it('saves a listed zone, stores an alias as its listed zone, and refuses anything else without writing', async () => {
    const user = await makeUser();
    session.as = user.id;
    expect(await updateStudySettingsAction({ ...DEFAULT_STUDY_SETTINGS, timeZone: 'Europe/Berlin' })).toMatchObject({
      ok: true,
    });
    expect((await db.studySettings.findUniqueOrThrow({ where: { userId: user.id } })).timeZone).toBe('Europe/Berlin');

    expect(await updateStudySettingsAction({ ...DEFAULT_STUDY_SETTINGS, timeZone: 'US/Eastern' })).toMatchObject({
      ok: true,
    });
    expect((await db.studySettings.findUniqueOrThrow({ where: { userId: user.id } })).timeZone).toBe(
      'America/New_York',
    );

    for (const timeZone of ['Mars/Olympus', 'Europe/Berlin; DROP TABLE', '', 'x'.repeat(65)]) {
      expect(await updateStudySettingsAction({ ...DEFAULT_STUDY_SETTINGS, timeZone })).toMatchObject({
        ok: false,
        code: 'invalid_input',
        fieldErrors: { timeZone: [expect.any(String)] },
      });
    }
    expect((await db.studySettings.findUniqueOrThrow({ where: { userId: user.id } })).timeZone).toBe(
      'America/New_York',
    );
  });
});
