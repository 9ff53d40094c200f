import 'server-only';
import { parseSqliteDate, retryWhileBusy, sqliteConnection, sqliteDate } from '../sqlite-connection';
import { toLearnerSettings, type StudySettingsRow } from '../study-settings-row';
import type { CardRow } from '../to-review-card';
import type { QueueSource, QueueStateRow } from './queue-source';

type StateRow = Omit<QueueStateRow, 'due' | 'lastReview'> & { due: string; lastReview: string | null };
type SettingsRow = Omit<StudySettingsRow, 'interviewDate'> & { interviewDate: string | null };

// "In one of the studied decks": deck ids arrive as one JSON array parameter, so each statement is prepared once.
const IN_STUDIED_DECKS =
  'EXISTS (SELECT 1 FROM DeckCard dc WHERE dc.cardId = rs.cardId AND dc.deckId IN (SELECT value FROM json_each(?)))';

function prepare() {
  const connection = sqliteConnection();
  return {
    settings: connection.prepare<[string], SettingsRow>(
      'SELECT desiredRetention, newPerDay, maximumIntervalDays, interviewDate, timeZone, dayStartHour, deckIds, fsrsParameters FROM StudySettings WHERE userId = ?',
    ),
    // Same rules as get-studied-deck-ids.ts (the Prisma reference): keep them identical.
    assignedDecks: connection.prepare<[string], { deckId: string }>(
      `SELECT da.deckId FROM DeckAssignment da
         JOIN Class c ON c.id = da.classId
         JOIN Deck d ON d.id = da.deckId
       WHERE c.archivedAt IS NULL AND EXISTS (SELECT 1 FROM ClassMember cm WHERE cm.classId = c.id AND cm.userId = ?)
         AND d.retiredAt IS NULL AND (d.kind = 'CONTENT' OR (d.kind = 'INSTRUCTOR' AND d.published = 1))
       ORDER BY da.assignedAt ASC, da.deckId ASC`,
    ),
    personalDecks: connection.prepare<[string], { id: string }>(
      `SELECT id FROM Deck WHERE retiredAt IS NULL AND kind = 'PERSONAL' AND ownerId = ? ORDER BY createdAt ASC, id ASC`,
    ),
    libraryDecks: connection.prepare<[string | null, string | null], { id: string }>(
      `SELECT id FROM Deck WHERE retiredAt IS NULL AND kind = 'CONTENT' AND (? IS NULL OR id IN (SELECT value FROM json_each(?)))
       ORDER BY position ASC`,
    ),
    dueStates: connection.prepare<[string, string, string], StateRow>(
      `SELECT rs.cardId, rs.due, rs.stability, rs.difficulty, rs.elapsedDays, rs.scheduledDays, rs.learningSteps, rs.reps, rs.lapses, rs.phase, rs.lastReview
       FROM ReviewState rs JOIN Card c ON c.id = rs.cardId
       WHERE rs.userId = ? AND rs.due < ? AND c.retiredAt IS NULL AND ${IN_STUDIED_DECKS}
       ORDER BY rs.cardId ASC`,
    ),
    answeredSince: connection.prepare<[string, string], { done: number; introduced: number }>(
      `SELECT COUNT(*) AS done, COALESCE(SUM(phaseBefore = 0), 0) AS introduced
       FROM ReviewLog WHERE userId = ? AND reviewedAt >= ? AND undoneAt IS NULL`,
    ),
    // Walks the deck's (deckId, position) index: a join-and-sort over every card is 40x slower.
    newCardIds: connection.prepare<[string, string, number], { cardId: string }>(
      `SELECT dc.cardId FROM DeckCard dc JOIN Card c ON c.id = dc.cardId
       WHERE dc.deckId = ? AND c.retiredAt IS NULL AND NOT EXISTS (SELECT 1 FROM ReviewState s WHERE s.userId = ? AND s.cardId = dc.cardId)
       ORDER BY dc.position ASC LIMIT ?`,
    ),
    cards: connection.prepare<[string], CardRow>(
      'SELECT id, front, back, explanation, sources, dimensionId FROM Card WHERE id IN (SELECT value FROM json_each(?))',
    ),
    nextDueAfter: connection.prepare<[string, string, string, string], { due: string }>(
      `SELECT rs.due FROM ReviewState rs JOIN Card c ON c.id = rs.cardId
       WHERE rs.userId = ? AND rs.due > ? AND c.retiredAt IS NULL AND ${IN_STUDIED_DECKS}
         AND NOT EXISTS (SELECT 1 FROM CardMark m WHERE m.userId = rs.userId AND m.cardId = rs.cardId AND (m.suspendedAt IS NOT NULL OR m.buriedUntil > ?))
       ORDER BY rs.due ASC LIMIT 1`,
    ),
    marks: connection.prepare<[string, string], { cardId: string; suspendedAt: string | null; buriedUntil: string | null; flag: number }>(
      `SELECT cardId, suspendedAt, buriedUntil, flag FROM CardMark
       WHERE userId = ? AND (suspendedAt IS NOT NULL OR buriedUntil > ? OR flag > 0)`,
    ),
  };
}

let statements: ReturnType<typeof prepare> | undefined;
/** Runs one read on the prepared statements (prepared on first use), retrying while the file is busy. */
const read = <T>(work: (s: ReturnType<typeof prepare>) => T) => retryWhileBusy(() => work((statements ??= prepare())));

/**
 * The queue's reads as prepared statements on SQLite: ~0.05 ms each instead of ~0.5–1.7 ms through
 * Prisma's query engine, which made the queue the app's most expensive request (ADR 008).
 */
export const sqliteQueueSource: QueueSource = {
  settings: (userId) =>
    read((s) => {
      const row = s.settings.get(userId);
      return toLearnerSettings(row ? { ...row, interviewDate: parseSqliteDate(row.interviewDate) } : null);
    }),
  studiedDeckIds: (userId, chosen) =>
    read((s) => {
      const chosenJson = chosen ? JSON.stringify(chosen) : null;
      const assigned = s.assignedDecks.all(userId).map((r) => r.deckId);
      const personal = s.personalDecks.all(userId).map((r) => r.id);
      const library = s.libraryDecks.all(chosenJson, chosenJson).map((r) => r.id);
      return [...new Set([...assigned, ...personal, ...library])];
    }),
  dueStates: (userId, deckIds, before) =>
    read((s) =>
      s.dueStates
        .all(userId, sqliteDate(before), JSON.stringify(deckIds))
        .map((r) => ({ ...r, due: new Date(r.due), lastReview: parseSqliteDate(r.lastReview) })),
    ),
  answeredSince: (userId, since) => read((s) => s.answeredSince.get(userId, sqliteDate(since))!),
  newCardIds: (userId, deckId, take) => read((s) => s.newCardIds.all(deckId, userId, take).map((r) => r.cardId)),
  cards: (ids) => read((s) => s.cards.all(JSON.stringify(ids))),
  nextDueAfter: (userId, deckIds, after) =>
    read((s) => {
      const row = s.nextDueAfter.get(userId, sqliteDate(after), JSON.stringify(deckIds), sqliteDate(after));
      return row ? new Date(row.due) : null;
    }),
  marks: (userId, now) =>
    read((s) =>
      s.marks.all(userId, sqliteDate(now)).map((r) => ({
        cardId: r.cardId,
        suspendedAt: parseSqliteDate(r.suspendedAt),
        buriedUntil: parseSqliteDate(r.buriedUntil),
        flag: r.flag,
      })),
    ),
};
