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
 * The class dashboard (owner or admin only; null otherwise). Only what the class is about is
 * read: members' progress on the cards of the class's studied decks (published or library),
 * their quiz traps, and their attempts at the class's assigned prompts.
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
  const userIds = members.map((m) => m.user.id);
  const cards = [...new Map(deckRows.map((r) => [r.card.id, r.card])).values()];
  const cardIds = cards.map((c) => c.id);
  const [states, logs, traps, mocks] = await Promise.all([
    db.reviewState.findMany({ where: { userId: { in: userIds }, cardId: { in: cardIds } } }),
    db.reviewLog.findMany({
      where: {
        userId: { in: userIds },
        cardId: { in: cardIds },
        undoneAt: null,
        reviewedAt: { gte: new Date(now.getTime() - 60 * DAY_MS) },
      },
      select: { userId: true, cardId: true, reviewedAt: true, grade: true, phaseBefore: true },
    }),
    db.quizAnswer.findMany({
      where: { fellFor: { not: null }, attempt: { userId: { in: userIds } } },
      select: { fellFor: true, attempt: { select: { userId: true } } },
    }),
    db.mockAttempt.findMany({
      where: { userId: { in: userIds }, promptId: { in: prompts.map((p) => p.promptId) } },
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
