import 'server-only';
import { preparedQuery, utcColumn } from '../postgres-pool';
import { toLearnerSettings, type StudySettingsRow } from '../study-settings-row';
import type { CardRow } from '../to-review-card';
import type { MarkRow, QueueSource, QueueStateRow } from './queue-source';

// Dates: the columns are UTC timestamp(3); they are read as `… AT TIME ZONE 'UTC'` (a timestamptz, which
// pg turns into the right Date whatever the process's time zone) and compared with ISO text cast the same way.
const at = (n: number) => `($${n}::timestamptz AT TIME ZONE 'UTC')`;
const iso = (d: Date) => d.toISOString();

// "In one of the studied decks": deck ids arrive as one text[] parameter.
const inStudiedDecks = (n: number) =>
  `EXISTS (SELECT 1 FROM "DeckCard" dc WHERE dc."cardId" = rs."cardId" AND dc."deckId" = ANY($${n}::text[]))`;

/** Each read is one named statement: parsed and planned once per connection (ADR 029). */
const STATEMENTS = {
  settings: `SELECT "desiredRetention", "newPerDay", "maximumIntervalDays", ${utcColumn('"interviewDate"', 'interviewDate')}, "timeZone", "dayStartHour", "deckIds", "fsrsParameters"
    FROM "StudySettings" WHERE "userId" = $1`,
  // Same rules and order as get-studied-deck-ids.ts (the Prisma reference), in one round trip.
  studiedDeckIds: `SELECT "id" FROM (
      SELECT da."deckId" AS "id", 1 AS "part", row_number() OVER (ORDER BY da."assignedAt" ASC, da."deckId" ASC) AS "n"
        FROM "DeckAssignment" da JOIN "Class" c ON c."id" = da."classId" JOIN "Deck" d ON d."id" = da."deckId"
        WHERE c."archivedAt" IS NULL AND EXISTS (SELECT 1 FROM "ClassMember" cm WHERE cm."classId" = c."id" AND cm."userId" = $1)
          AND d."retiredAt" IS NULL AND (d."kind" = 'CONTENT' OR (d."kind" = 'INSTRUCTOR' AND d."published" = TRUE))
      UNION ALL
      SELECT "id", 2, row_number() OVER (ORDER BY "createdAt" ASC, "id" ASC)
        FROM "Deck" WHERE "retiredAt" IS NULL AND "kind" = 'PERSONAL' AND "ownerId" = $1
      UNION ALL
      SELECT "id", 3, row_number() OVER (ORDER BY "position" ASC)
        FROM "Deck" WHERE "retiredAt" IS NULL AND "kind" = 'CONTENT' AND ($2::text[] IS NULL OR "id" = ANY($2::text[]))
    ) decks ORDER BY "part", "n"`,
  dueStates: `SELECT rs."cardId", ${utcColumn('rs."due"', 'due')}, rs."stability", rs."difficulty", rs."elapsedDays", rs."scheduledDays",
      rs."learningSteps", rs."reps", rs."lapses", rs."phase", ${utcColumn('rs."lastReview"', 'lastReview')}
    FROM "ReviewState" rs JOIN "Card" c ON c."id" = rs."cardId"
    WHERE rs."userId" = $1 AND rs."due" < ${at(2)} AND c."retiredAt" IS NULL AND ${inStudiedDecks(3)}
    ORDER BY rs."cardId" ASC`,
  answeredSince: `SELECT COUNT(*)::int AS "done", (COUNT(*) FILTER (WHERE "phaseBefore" = 0))::int AS "introduced"
    FROM "ReviewLog" WHERE "userId" = $1 AND "reviewedAt" >= ${at(2)} AND "undoneAt" IS NULL`,
  newCardIds: `SELECT dc."cardId" FROM "DeckCard" dc JOIN "Card" c ON c."id" = dc."cardId"
    WHERE dc."deckId" = $1 AND c."retiredAt" IS NULL AND NOT EXISTS (SELECT 1 FROM "ReviewState" s WHERE s."userId" = $2 AND s."cardId" = dc."cardId")
    ORDER BY dc."position" ASC LIMIT $3`,
  cards: `SELECT "id", "front", "back", "explanation", "sources", "dimensionId" FROM "Card" WHERE "id" = ANY($1::text[])`,
  nextDueAfter: `SELECT ${utcColumn('rs."due"', 'due')} FROM "ReviewState" rs JOIN "Card" c ON c."id" = rs."cardId"
    WHERE rs."userId" = $1 AND rs."due" > ${at(2)} AND c."retiredAt" IS NULL AND ${inStudiedDecks(3)}
      AND NOT EXISTS (SELECT 1 FROM "CardMark" m WHERE m."userId" = rs."userId" AND m."cardId" = rs."cardId" AND (m."suspendedAt" IS NOT NULL OR m."buriedUntil" > ${at(2)}))
    ORDER BY rs."due" ASC LIMIT 1`,
  marks: `SELECT "cardId", ${utcColumn('"suspendedAt"', 'suspendedAt')}, ${utcColumn('"buriedUntil"', 'buriedUntil')}, "flag" FROM "CardMark"
    WHERE "userId" = $1 AND ("suspendedAt" IS NOT NULL OR "buriedUntil" > ${at(2)} OR "flag" > 0)`,
} as const;

const run = async <R extends object>(name: keyof typeof STATEMENTS, values: unknown[]) =>
  (await preparedQuery<R & Record<string, unknown>>(`delight_queue_${name}`, STATEMENTS[name], values)).rows as R[];

/**
 * The queue's reads as named prepared statements on PostgreSQL, like SQLite's (ADR 008): a round trip
 * of ~0.1 ms each instead of 0.5–1.7 ms through Prisma's query engine. Prisma's reads stay the
 * reference: tests/integration/queue-sources.test.ts compares them field by field.
 */
export const postgresQueueSource: QueueSource = {
  async settings(userId) {
    const [row] = await run<StudySettingsRow>('settings', [userId]);
    return toLearnerSettings(row ?? null);
  },
  async studiedDeckIds(userId, chosen) {
    const rows = await run<{ id: string }>('studiedDeckIds', [userId, chosen]);
    return [...new Set(rows.map((r) => r.id))];
  },
  dueStates: (userId, deckIds, before) => run<QueueStateRow>('dueStates', [userId, iso(before), deckIds]),
  async answeredSince(userId, since) {
    const [row] = await run<{ done: number; introduced: number }>('answeredSince', [userId, iso(since)]);
    return row ?? { done: 0, introduced: 0 };
  },
  async newCardIds(userId, deckId, take) {
    return (await run<{ cardId: string }>('newCardIds', [deckId, userId, take])).map((r) => r.cardId);
  },
  cards: (ids) => run<CardRow>('cards', [ids]),
  async nextDueAfter(userId, deckIds, after) {
    const [row] = await run<{ due: Date }>('nextDueAfter', [userId, iso(after), deckIds]);
    return row?.due ?? null;
  },
  marks: (userId, now) => run<MarkRow>('marks', [userId, iso(now)]),
};
