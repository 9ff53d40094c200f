import 'server-only';
import { instantToLocalDate } from '@/lib/core/scheduler/instant-to-local-date';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from '@/lib/core/scheduler/study-settings';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '@/lib/core/scheduler/types';
import { db } from '../db';

export type LearnerSettings = { study: StudySettings; scheduler: SchedulerSettings };

/** The learner's settings (defaults until they save their own), in both shapes the app needs. */
export async function getStudySettings(userId: string): Promise<LearnerSettings> {
  const row = await db.studySettings.findUnique({ where: { userId } });
  const study: StudySettings = row
    ? {
        desiredRetention: row.desiredRetention,
        newPerDay: row.newPerDay,
        maximumIntervalDays: row.maximumIntervalDays,
        interviewDate: row.interviewDate ? instantToLocalDate(row.interviewDate, row.timeZone) : null,
        timeZone: row.timeZone,
        dayStartHour: row.dayStartHour,
        deckIds: row.deckIds ? (JSON.parse(row.deckIds) as string[]) : null,
      }
    : DEFAULT_STUDY_SETTINGS;
  return {
    study,
    scheduler: {
      ...DEFAULT_SCHEDULER_SETTINGS,
      desiredRetention: study.desiredRetention,
      maximumIntervalDays: study.maximumIntervalDays,
      interviewDate: row?.interviewDate ?? null,
    },
  };
}
