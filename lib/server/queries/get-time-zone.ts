import 'server-only';
import { DEFAULT_STUDY_SETTINGS } from '@/lib/core/scheduler/study-settings';
import { db } from '../db';

/**
 * The time zone dates are shown in for this viewer: the one in their study settings (the zone their
 * study day and stats use too), else the default. Pages pass it to `formatDate` (lib/core/format-date).
 */
export async function getTimeZone(userId: string): Promise<string> {
  const row = await db.studySettings.findUnique({ where: { userId }, select: { timeZone: true } });
  return row?.timeZone ?? DEFAULT_STUDY_SETTINGS.timeZone;
}
