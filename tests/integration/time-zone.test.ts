import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';
import { makeUser } from '../factories/users';

describe('getTimeZone (the zone every page shows dates in)', () => {
  it("is the viewer's study-settings zone", async () => {
    const user = await makeUser();
    await db.studySettings.create({ data: { userId: user.id, timeZone: 'Asia/Tokyo' } });
    expect(await getTimeZone(user.id)).toBe('Asia/Tokyo');
  });

  it('is UTC, the study settings default, for a viewer who never saved settings', async () => {
    const user = await makeUser('ADMIN');
    expect(await getTimeZone(user.id)).toBe('UTC');
  });
});
