'use server';
import { isValidTimeZone } from '@/lib/core/scheduler/is-valid-time-zone';
import { StudySettingsSchema } from '@/lib/core/scheduler/study-settings';
import { defineAction } from '../define-action';
import { updateStudySettings } from '../mutations/update-study-settings';

const InputSchema = StudySettingsSchema.superRefine((s, ctx) => {
  if (!isValidTimeZone(s.timeZone)) ctx.addIssue({ code: 'custom', path: ['timeZone'], message: 'Unknown time zone.' });
});

/** Saves the learner's review settings (see updateStudySettings). */
export const updateStudySettingsAction = defineAction({ access: 'user', input: InputSchema }, (settings, user) =>
  updateStudySettings(user.id, settings, new Date()),
);
