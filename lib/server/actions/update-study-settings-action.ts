'use server';
import { z } from 'zod';
import { isValidTimeZone } from '@/lib/core/scheduler/is-valid-time-zone';
import { localDateToInstant } from '@/lib/core/scheduler/local-date-to-instant';
import { StudySettingsSchema, type StudySettings } from '@/lib/core/scheduler/study-settings';
import { fail, type ActionResult } from '../action-result';
import { getCurrentUser } from '../auth';
import { db } from '../db';
import { reviewStateRepository } from '../review-state/review-state-repository';

const InputSchema = StudySettingsSchema.superRefine((s, ctx) => {
  if (!isValidTimeZone(s.timeZone)) ctx.addIssue({ code: 'custom', path: ['timeZone'], message: 'Unknown time zone.' });
});

/**
 * Saves the learner's review settings. With an interview date, every card already scheduled
 * after it is brought forward to the day before, so all of them are seen again in time.
 */
export async function updateStudySettingsAction(input: unknown): Promise<ActionResult<StudySettings>> {
  const user = await getCurrentUser();
  if (!user) return fail('unauthenticated', 'Sign in first.');
  const parsed = InputSchema.safeParse(input);
  if (!parsed.success) {
    return fail('invalid_input', 'Please fix the highlighted fields.', z.flattenError(parsed.error).fieldErrors);
  }
  const s = parsed.data;
  if (s.deckIds) {
    const known = await db.deck.count({ where: { id: { in: s.deckIds }, kind: 'CONTENT', retiredAt: null } });
    if (known !== new Set(s.deckIds).size) return fail('invalid_input', 'Unknown deck.', { deckIds: ['Choose decks from the list.'] });
    if (s.deckIds.length === 0) return fail('invalid_input', 'Choose at least one deck.', { deckIds: ['Choose at least one deck.'] });
  }
  const interviewDate = s.interviewDate ? localDateToInstant(s.interviewDate, s.timeZone) : null;
  const data = {
    desiredRetention: s.desiredRetention,
    newPerDay: s.newPerDay,
    maximumIntervalDays: s.maximumIntervalDays,
    interviewDate,
    timeZone: s.timeZone,
    dayStartHour: s.dayStartHour,
    deckIds: s.deckIds ? JSON.stringify(s.deckIds) : null,
  };
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.studySettings.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data }, update: data });
    await reviewStateRepository().within(tx).capDue(user.id, { maximumIntervalDays: s.maximumIntervalDays, interviewDate }, now);
  });
  return { ok: true, data: s };
}
