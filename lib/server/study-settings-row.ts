import 'server-only';
import { instantToLocalDate } from '@/lib/core/scheduler/instant-to-local-date';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from '@/lib/core/scheduler/study-settings';
import { parseFsrsParameters } from '@/lib/core/scheduler/optimizer/fsrs-parameters';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '@/lib/core/scheduler/types';

/** `saved`: the learner has saved settings of their own (else these are the defaults). */
export type LearnerSettings = { study: StudySettings; scheduler: SchedulerSettings; saved: boolean };

export type StudySettingsRow = {
  desiredRetention: number;
  newPerDay: number;
  maximumIntervalDays: number;
  interviewDate: Date | null;
  timeZone: string;
  dayStartHour: number;
  deckIds: string | null;
  /** JSON of the learner's fitted FSRS parameters (ADR 032); absent or null = the defaults. */
  fsrsParameters?: string | null;
};

/** A StudySettings row (or none: the defaults) in both shapes the app needs. */
export function toLearnerSettings(row: StudySettingsRow | null): LearnerSettings {
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
    saved: row !== null,
    scheduler: {
      ...DEFAULT_SCHEDULER_SETTINGS,
      desiredRetention: study.desiredRetention,
      maximumIntervalDays: study.maximumIntervalDays,
      interviewDate: row?.interviewDate ?? null,
      parameters: parseFsrsParameters(row?.fsrsParameters ?? null),
    },
  };
}
