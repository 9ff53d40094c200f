import 'server-only';
import { buildClassDashboard } from '@/lib/core/classes/build-class-dashboard';
import type { ClassDashboard } from '@/lib/core/classes/dashboard-types';
import type { SessionUser } from '../auth';
import { getContent } from '../content';
import { db } from '../db';
import { findManagedClass } from '../permissions/find-managed-class';
import { phaseFromNumber, rowToReviewState } from '../review-state-row';

const DAY_MS = 86_400_000;

/**
 * The class dashboard (owner or admin only; null otherwise). Only what the class is about, and
 * only since each student joined it (issue 17 §5), is read: members' progress on the cards of the
 * class's assigned decks (published or library) — a card's state counts once the student has
 * reviewed it since joining —, their answers of the last 60 days since joining, the traps they
 * chose in quizzes since joining among the misconceptions those cards cover, and their attempts at
 * the class's assigned prompts started since joining.
 */
export async function getClassDashboard(
  actor: SessionUser,
  classId: string,
  now: Date,
): Promise<ClassDashboard | null> {
  const found = await findManagedClass(actor, classId);
  if (!found) return null;
  const [members, deckRows, prompts, content] = await Promise.all([
    db.classMember.findMany({
      where: { classId: found.id },
      orderBy: { joinedAt: 'asc' },
      select: {
        joinedAt: true,
        user: {
          select: { id: true, name: true, email: true, settings: { select: { timeZone: true, dayStartHour: true } } },
        },
      },
    }),
    db.deckCard.findMany({
      where: {
        card: { retiredAt: null },
        deck: {
          retiredAt: null,
          assignments: { some: { classId: found.id } },
          OR: [{ kind: 'CONTENT' }, { kind: 'INSTRUCTOR', published: true }],
        },
      },
      orderBy: [{ deck: { title: 'asc' } }, { position: 'asc' }],
      select: {
        card: { select: { id: true, front: true, comparisonId: true, dimensionId: true, misconceptionId: true } },
      },
    }),
    db.promptAssignment.findMany({ where: { classId: found.id }, select: { promptId: true } }),
    getContent(),
  ]);
  const cards = [...new Map(deckRows.map((r) => [r.card.id, r.card])).values()];
  const cardIds = cards.map((c) => c.id);
  const misconceptionIds = [...new Set(cards.flatMap((c) => (c.misconceptionId ? [c.misconceptionId] : [])))];
  const logsSince = new Date(now.getTime() - 60 * DAY_MS);
  // One clause per student: their rows from the day they joined (`sinceJoining('reviewedAt')`).
  const sinceJoining = <F extends string>(field: F, floor?: Date) =>
    members.map((m) => ({
      userId: m.user.id,
      [field]: { gte: floor && floor > m.joinedAt ? floor : m.joinedAt },
    })) as ({ userId: string } & Record<F, { gte: Date }>)[];
  const none = members.length === 0;
  const [states, logs, traps, mocks] = none
    ? [[], [], [], []]
    : await Promise.all([
        db.reviewState.findMany({ where: { cardId: { in: cardIds }, OR: sinceJoining('lastReview') } }),
        db.reviewLog.findMany({
          where: { cardId: { in: cardIds }, undoneAt: null, OR: sinceJoining('reviewedAt', logsSince) },
          select: { userId: true, cardId: true, reviewedAt: true, grade: true, phaseBefore: true },
        }),
        db.quizAnswer.findMany({
          where: {
            fellFor: { in: misconceptionIds },
            OR: members.map((m) => ({ answeredAt: { gte: m.joinedAt }, attempt: { userId: m.user.id } })),
          },
          select: { fellFor: true, attempt: { select: { userId: true } } },
        }),
        db.mockAttempt.findMany({
          where: { promptId: { in: prompts.map((p) => p.promptId) }, OR: sinceJoining('startedAt') },
          select: { userId: true, promptId: true, submittedAt: true, verdict: true },
        }),
      ]);
  return buildClassDashboard({
    now,
    students: members.map((m) => ({
      id: m.user.id,
      name: m.user.name,
      email: m.user.email,
      joinedAt: m.joinedAt,
      timeZone: m.user.settings?.timeZone ?? 'UTC',
      dayStartHour: m.user.settings?.dayStartHour ?? 4,
    })),
    cards: cards.map((c) => ({
      id: c.id,
      front: c.front,
      comparison: c.comparisonId,
      dimension: c.dimensionId,
      misconception: c.misconceptionId,
    })),
    states: states.map((s) => ({ userId: s.userId, cardId: s.cardId, state: rowToReviewState(s) })),
    logs: logs.map((l) => ({ ...l, phaseBefore: phaseFromNumber(l.phaseBefore) })),
    quizTraps: traps.flatMap((t) => (t.fellFor ? [{ userId: t.attempt.userId, misconception: t.fellFor }] : [])),
    mockAttempts: mocks,
    dimensions: content.comparisons.flatMap((c) =>
      c.dimensions.map((d) => ({ comparison: c.id, id: d.id, name: d.name })),
    ),
    misconceptions: content.misconceptions.map((m) => ({ id: m.id, claim: m.claim })),
  });
}
