import { isCalendarDate } from '../is-calendar-date';
import { z } from 'zod';
import { RETENTION_BOUNDS } from './types';

/** A learner's review settings, as stored and as edited (validated at every boundary). */
export const StudySettingsSchema = z.object({
  desiredRetention: z
    .number({ message: 'Desired retention must be a number.' })
    .min(RETENTION_BOUNDS.min, { message: `Desired retention must be at least ${RETENTION_BOUNDS.min}.` })
    .max(RETENTION_BOUNDS.max, { message: `Desired retention must be at most ${RETENTION_BOUNDS.max}.` }),
  newPerDay: z
    .number()
    .int({ message: 'New cards per day must be a whole number.' })
    .min(0, { message: 'New cards per day cannot be negative.' })
    .max(500, { message: 'New cards per day must be at most 500.' }),
  maximumIntervalDays: z
    .number()
    .int({ message: 'Maximum interval must be a whole number of days.' })
    .min(1, { message: 'Maximum interval must be at least 1 day.' })
    .max(36500, { message: 'Maximum interval must be at most 36500 days.' }),
  /** YYYY-MM-DD in the learner's time zone, or null. */
  interviewDate: z
    .string()
    .refine(isCalendarDate, { message: 'Interview date must be a real date (YYYY-MM-DD).' })
    .nullable(),
  timeZone: z.string().min(1).max(64),
  dayStartHour: z
    .number()
    .int()
    .min(0, { message: 'The day must start between 0 and 23 o’clock.' })
    .max(23, { message: 'The day must start between 0 and 23 o’clock.' }),
  /** null: study every content deck. */
  deckIds: z.array(z.string().min(1).max(200)).max(200).nullable(),
});
export type StudySettings = z.infer<typeof StudySettingsSchema>;

export const DEFAULT_STUDY_SETTINGS: StudySettings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  maximumIntervalDays: 36500,
  interviewDate: null,
  timeZone: 'UTC',
  dayStartHour: 4,
  deckIds: null,
};
