'use server';
import { StudySettingsSchema } from '@/lib/core/scheduler/study-settings';
import { TimeZoneSchema } from '@/lib/core/scheduler/time-zones';
import { defineAction } from '../define-action';
import { updateStudySettings } from '../mutations/update-study-settings';

// The time zone must be one of the list the settings page offers (an alias becomes its listed zone).
const InputSchema = StudySettingsSchema.extend({ timeZone: TimeZoneSchema });

/** Saves the learner's review settings (see updateStudySettings). */
export const updateStudySettingsAction = defineAction({ access: 'user', input: InputSchema }, (settings, user) =>
  updateStudySettings(user.id, settings, new Date()),
);
