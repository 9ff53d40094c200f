import 'server-only';
import { reviewStateRepository } from '../review-state/review-state-repository';
import type { LearnerSettings } from '../study-settings-row';

export type { LearnerSettings };

/**
 * The learner's settings (defaults until they save their own), in both shapes the app needs. Read
 * with the engine's prepared statement (the queue's own read), not through Prisma: the quiz answer
 * reads them on every question, and each Prisma query is compiled anew by its query compiler, at
 * times for tens of milliseconds on the event loop (ADR 028, session 13).
 */
export async function getStudySettings(userId: string): Promise<LearnerSettings> {
  return reviewStateRepository().queue.settings(userId);
}
