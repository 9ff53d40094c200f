import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * The one statement of "may this learner study card c": it is live, and it is a library card, the
 * learner's own, or in a published, live deck assigned to a live class the learner belongs to.
 * Plain SQL that SQLite and PostgreSQL both read (quoted identifiers, TRUE), so the prepared-statement
 * path and the Prisma path run the very same text.
 */
/** The rule as a condition on the card aliased `c` (PostgreSQL's record statement embeds it, ADR 029). */
export const mayStudy = (
  userId: string,
) => Prisma.sql`c."retiredAt" IS NULL AND (c."ownerId" IS NULL OR c."ownerId" = ${userId} OR EXISTS (
  SELECT 1 FROM "DeckCard" dc
    JOIN "Deck" d ON d."id" = dc."deckId"
    JOIN "DeckAssignment" da ON da."deckId" = d."id"
    JOIN "Class" cl ON cl."id" = da."classId"
    JOIN "ClassMember" cm ON cm."classId" = cl."id"
  WHERE dc."cardId" = c."id" AND cm."userId" = ${userId} AND d."published" = TRUE AND d."retiredAt" IS NULL AND cl."archivedAt" IS NULL))`;

/** Of these cards, the ids the learner may study (SQL with `?` placeholders in `.sql`, values in `.values`). */
export function studyableCardIdsQuery(userId: string, cardIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`SELECT c."id" AS "id" FROM "Card" c WHERE c."id" IN (${Prisma.join([...cardIds])}) AND ${mayStudy(userId)}`;
}

/** Every card the learner may study: id, front and back (the card browser's list). */
export function studyableCardsQuery(userId: string): Prisma.Sql {
  return Prisma.sql`SELECT c."id" AS "id", c."front" AS "front", c."back" AS "back" FROM "Card" c WHERE ${mayStudy(userId)}`;
}
