import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseCardTags } from '../card-dto';
import { containsIgnoringCase } from '../contains-ignoring-case';
import { db } from '../db';

export type LibraryFilters = { q?: string; deck?: string; dimension?: string; tag?: string; misconception?: string };
export type LibraryCard = {
  id: string;
  front: string;
  back: string;
  dimension: string | null;
  misconception: string | null;
  tags: string[];
};

/**
 * Searches the content library's live cards: words in the front or back (all of them must
 * match, in any letter case), and filters by library deck, dimension (`comparison/dimension`), tag and misconception.
 */
export async function searchLibraryCards(
  filters: LibraryFilters,
  limit = 60,
): Promise<{ cards: LibraryCard[]; total: number }> {
  const and: Prisma.CardWhereInput[] = [{ ownerId: null, retiredAt: null }];
  for (const word of (filters.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8)) {
    and.push({ OR: [{ front: containsIgnoringCase(word) }, { back: containsIgnoringCase(word) }] });
  }
  if (filters.deck) and.push({ decks: { some: { deckId: filters.deck, deck: { kind: 'CONTENT' } } } });
  if (filters.dimension) {
    const [comparisonId, dimensionId] = filters.dimension.split('/');
    and.push({ comparisonId: comparisonId ?? '', dimensionId: dimensionId ?? '' });
  }
  if (filters.tag) and.push({ tags: containsIgnoringCase(JSON.stringify(filters.tag)) });
  if (filters.misconception) and.push({ misconceptionId: filters.misconception });
  const where: Prisma.CardWhereInput = { AND: and };
  const [rows, total] = await Promise.all([
    db.card.findMany({
      where,
      orderBy: { id: 'asc' },
      take: limit,
      select: { id: true, front: true, back: true, dimensionId: true, misconceptionId: true, tags: true },
    }),
    db.card.count({ where }),
  ]);
  return {
    cards: rows.map((c) => ({
      id: c.id,
      front: c.front,
      back: c.back,
      dimension: c.dimensionId,
      misconception: c.misconceptionId,
      tags: parseCardTags(c.tags),
    })),
    total,
  };
}
