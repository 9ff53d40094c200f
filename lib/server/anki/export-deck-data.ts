import 'server-only';
import type { ExportAnswer, ExportMarks } from '@/lib/core/anki/export-scheduling';
import type { ReviewState } from '@/lib/core/scheduler/types';
import type { StudySettings } from '@/lib/core/scheduler/study-settings';
import type { SessionUser } from '../auth';
import { db } from '../db';
import {
  gradeFromNumber,
  parseReviewState,
  phaseFromNumber,
  REVIEW_STATE_SELECT,
  rowToReviewState,
} from '../review-state-row';
import { toLearnerSettings } from '../study-settings-row';
import { toDeckCardView, type DeckCardView } from '../queries/get-deck';

/** A card as the deck page shows it, with the times Anki's notes and cards carry. */
export type ExportCard = DeckCardView & { createdAt: Date; updatedAt: Date };

export type ExportDeckData = {
  deck: { id: string; title: string; description: string; createdAt: Date; updatedAt: Date };
  cards: ExportCard[];
  /** Present when the learner's scheduling was asked for. */
  scheduling: {
    states: Map<string, ReviewState>;
    marks: Map<string, ExportMarks>;
    answers: ExportAnswer[];
    settings: StudySettings;
  } | null;
};

/**
 * A deck the actor may see, for an Anki export: a live library deck; their own personal deck; an
 * instructor deck they own (or any, for an admin, as in the deck builder), or one that is
 * published, live and assigned to a live class they belong to. Anything else — another learner's personal deck included — is null (404: its
 * existence isn't revealed).
 */
async function findVisibleDeck(actor: SessionUser, deckId: string) {
  return db.deck.findFirst({
    where: {
      id: deckId,
      retiredAt: null,
      OR: [
        { kind: 'CONTENT' },
        { kind: 'PERSONAL', ownerId: actor.id },
        { kind: 'INSTRUCTOR', ownerId: actor.id },
        // Admins manage every instructor deck (canManage); never a learner's personal deck (ADR 023).
        ...(actor.role === 'ADMIN' ? [{ kind: 'INSTRUCTOR' as const }] : []),
        {
          kind: 'INSTRUCTOR',
          published: true,
          assignments: { some: { class: { archivedAt: null, members: { some: { userId: actor.id } } } } },
        },
      ],
    },
    select: { id: true, title: true, description: true, createdAt: true, updatedAt: true },
  });
}

/** The deck's live cards in order and, if asked, the actor's own scheduling of them (undone answers left out). */
export async function getExportDeckData(
  actor: SessionUser,
  deckId: string,
  withScheduling: boolean,
): Promise<ExportDeckData | null> {
  const deck = await findVisibleDeck(actor, deckId);
  if (!deck) return null;
  const rows = await db.deckCard.findMany({
    where: { deckId: deck.id, card: { retiredAt: null } },
    orderBy: { position: 'asc' },
    select: {
      card: {
        select: {
          id: true,
          front: true,
          back: true,
          explanation: true,
          tags: true,
          dimensionId: true,
          misconceptionId: true,
          sources: true,
          createdAt: true,
          updatedAt: true,
        },
      },
    },
  });
  const cards: ExportCard[] = rows.map(({ card }) => ({
    ...toDeckCardView(card),
    createdAt: card.createdAt,
    updatedAt: card.updatedAt,
  }));
  if (!withScheduling) return { deck, cards, scheduling: null };

  const cardIds = cards.map((c) => c.id);
  const [stateRows, markRows, logRows, settingsRow] = await Promise.all([
    db.reviewState.findMany({ where: { userId: actor.id, cardId: { in: cardIds } }, select: REVIEW_STATE_SELECT }),
    db.cardMark.findMany({
      where: { userId: actor.id, cardId: { in: cardIds } },
      select: { cardId: true, suspendedAt: true, buriedUntil: true, flag: true },
    }),
    db.reviewLog.findMany({
      where: { userId: actor.id, cardId: { in: cardIds }, undoneAt: null },
      orderBy: { reviewedAt: 'asc' },
      select: {
        cardId: true,
        reviewedAt: true,
        grade: true,
        durationMs: true,
        phaseBefore: true,
        before: true,
        after: true,
      },
    }),
    db.studySettings.findUnique({
      where: { userId: actor.id },
      select: {
        desiredRetention: true,
        newPerDay: true,
        maximumIntervalDays: true,
        interviewDate: true,
        timeZone: true,
        dayStartHour: true,
        deckIds: true,
      },
    }),
  ]);
  return {
    deck,
    cards,
    scheduling: {
      states: new Map(stateRows.map((r) => [r.cardId, rowToReviewState(r)])),
      marks: new Map(
        markRows.map((m) => [
          m.cardId,
          { suspended: m.suspendedAt !== null, buriedUntil: m.buriedUntil, flag: m.flag },
        ]),
      ),
      answers: logRows.map((l) => ({
        cardId: l.cardId,
        reviewedAt: l.reviewedAt,
        grade: gradeFromNumber(l.grade),
        durationMs: l.durationMs,
        phaseBefore: phaseFromNumber(l.phaseBefore),
        before: l.before ? parseReviewState(l.before) : null,
        after: parseReviewState(l.after),
      })),
      settings: toLearnerSettings(settingsRow).study,
    },
  };
}
