import 'server-only';
import { db } from '../db';
import { getStudiedDeckIds } from '../queries/get-studied-deck-ids';
import { REVIEW_STATE_SELECT } from '../review-state-row';
import { toLearnerSettings } from '../study-settings-row';
import { REVIEW_CARD_COLUMNS } from '../to-review-card';
import type { QueueSource } from './queue-source';

const studiedCard = (deckIds: string[]) => ({ retiredAt: null, decks: { some: { deckId: { in: deckIds } } } });

/** The queue's reads through Prisma (PostgreSQL; the reference for the SQLite statements). */
export const prismaQueueSource: QueueSource = {
  settings: async (userId) => toLearnerSettings(await db.studySettings.findUnique({ where: { userId } })),
  studiedDeckIds: getStudiedDeckIds,
  dueStates: (userId, deckIds, before) =>
    db.reviewState.findMany({
      where: { userId, due: { lt: before }, card: studiedCard(deckIds) },
      orderBy: { cardId: 'asc' },
      select: REVIEW_STATE_SELECT,
    }),
  async answeredSince(userId, since) {
    const answered = { userId, reviewedAt: { gte: since }, undoneAt: null };
    const [done, introduced] = await Promise.all([
      db.reviewLog.count({ where: answered }),
      db.reviewLog.count({ where: { ...answered, phaseBefore: 0 } }),
    ]);
    return { done, introduced };
  },
  async newCardIds(userId, deckId, take) {
    const rows = await db.deckCard.findMany({
      where: { deckId, card: { retiredAt: null, states: { none: { userId } } } },
      orderBy: { position: 'asc' },
      take,
      select: { cardId: true },
    });
    return rows.map((r) => r.cardId);
  },
  cards: (ids) => db.card.findMany({ where: { id: { in: ids } }, select: REVIEW_CARD_COLUMNS }),
  async nextDueAfter(userId, deckIds, after) {
    const next = await db.reviewState.findFirst({
      where: {
        userId,
        due: { gt: after },
        card: { ...studiedCard(deckIds), marks: { none: { userId, OR: [{ suspendedAt: { not: null } }, { buriedUntil: { gt: after } }] } } },
      },
      orderBy: { due: 'asc' },
      select: { due: true },
    });
    return next?.due ?? null;
  },
  marks: (userId, now) =>
    db.cardMark.findMany({
      where: { userId, OR: [{ suspendedAt: { not: null } }, { buriedUntil: { gt: now } }, { flag: { gt: 0 } }] },
      select: { cardId: true, suspendedAt: true, buriedUntil: true, flag: true },
    }),
};
