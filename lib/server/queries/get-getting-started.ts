import 'server-only';
import { buildGettingStarted, type GettingStarted } from '@/lib/core/onboarding/build-getting-started';
import { db } from '../db';

/** The dashboard's getting-started checklist for this learner, ticked from what they have really done. */
export async function getGettingStarted(userId: string): Promise<GettingStarted> {
  const [settings, classes, answer, mock] = await Promise.all([
    db.studySettings.findUnique({ where: { userId }, select: { interviewDate: true, deckIds: true } }),
    db.classMember.count({ where: { userId } }),
    db.reviewLog.findFirst({ where: { userId, source: 'review', undoneAt: null }, select: { id: true } }),
    db.mockAttempt.findFirst({ where: { userId }, select: { id: true } }),
  ]);
  return buildGettingStarted({
    interviewDateSet: settings?.interviewDate != null,
    decksPicked: settings?.deckIds != null || classes > 0,
    reviewed: answer !== null,
    triedMock: mock !== null,
  });
}
