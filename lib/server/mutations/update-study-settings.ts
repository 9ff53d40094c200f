import 'server-only';
import { localDateToInstant } from '@/lib/core/scheduler/local-date-to-instant';
import type { StudySettings } from '@/lib/core/scheduler/study-settings';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { reviewStateRepository } from '../review-state/review-state-repository';

/**
 * Saves the learner's review settings. With an interview date, every card already scheduled
 * after it is brought forward to the day before, so all of them are seen again in time.
 */
export async function updateStudySettings(userId: string, s: StudySettings, now: Date): Promise<ActionResult<StudySettings>> {
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
  await db.$transaction(async (tx) => {
    await tx.studySettings.upsert({ where: { userId }, create: { userId, ...data }, update: data });
    await reviewStateRepository().within(tx).capDue(userId, { maximumIntervalDays: s.maximumIntervalDays, interviewDate }, now);
  });
  return { ok: true, data: s };
}
