import 'server-only';
import { db } from '../db';
import { toLearnerSettings, type LearnerSettings } from '../study-settings-row';

export type { LearnerSettings };

/** The learner's settings (defaults until they save their own), in both shapes the app needs. */
export async function getStudySettings(userId: string): Promise<LearnerSettings> {
  return toLearnerSettings(await db.studySettings.findUnique({ where: { userId } }));
}
