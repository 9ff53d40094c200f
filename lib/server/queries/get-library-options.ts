import 'server-only';
import { parseCardTags } from '../card-dto';
import { getContent } from '../content';
import { db } from '../db';

export type Option = { value: string; label: string };
export type LibraryOptions = {
  decks: Option[];
  /** value `comparison/dimension` */
  dimensions: Option[];
  tags: Option[];
  misconceptions: Option[];
  sources: Option[];
};

/** The choices for searching the library and for describing an instructor's own card. */
export async function getLibraryOptions(): Promise<LibraryOptions> {
  const [content, decks, tagRows] = await Promise.all([
    getContent(),
    db.deck.findMany({
      where: { kind: 'CONTENT', retiredAt: null },
      orderBy: { position: 'asc' },
      select: { id: true, title: true },
    }),
    db.card.findMany({ where: { ownerId: null, retiredAt: null }, select: { tags: true } }),
  ]);
  const tags = [...new Set(tagRows.flatMap((r) => parseCardTags(r.tags)))].sort();
  return {
    decks: decks.map((d) => ({ value: d.id, label: d.title })),
    dimensions: content.comparisons.flatMap((c) =>
      c.dimensions.map((d) => ({
        value: `${c.id}/${d.id}`,
        label: content.comparisons.length > 1 ? `${c.title}: ${d.name}` : d.name,
      })),
    ),
    tags: tags.map((t) => ({ value: t, label: t })),
    misconceptions: content.misconceptions.map((m) => ({ value: m.id, label: m.claim })),
    sources: content.sources.map((s) => ({ value: s.id, label: s.title })),
  };
}
