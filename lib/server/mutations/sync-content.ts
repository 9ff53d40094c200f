import 'server-only';
import type { ContentBundle } from '@/lib/core/content/types';
import { cardColumns } from '../card-columns';
import { db } from '../db';

export type SyncReport = { decks: number; created: number; updated: number; unchanged: number; retired: number };

/**
 * Makes the database's content decks and cards match `bundle`, in one transaction.
 * Cards are keyed by their stable content id: an edited card is updated in place (every
 * learner's progress on it stays), a card gone from content/ is retired, never deleted.
 * Running it twice changes nothing the second time.
 */
export async function syncContent(bundle: ContentBundle, now: Date): Promise<SyncReport> {
  const sourcesById = new Map(bundle.sources.map((s) => [s.id, { id: s.id, title: s.title, url: s.url }]));
  const rows = bundle.decks.flatMap((deck) => deck.cards.map((card) => ({ id: card.id, ...cardColumns(card, sourcesById) })));
  const deckIds = bundle.decks.map((d) => d.id);

  return db.$transaction(async (tx) => {
    // Library cards, and any instructor card whose id content/ now uses: an instructor's deck
    // exported and committed to content/ makes its cards library cards (adopted, progress kept).
    const existing = new Map(
      (
        await tx.card.findMany({
          where: { OR: [{ ownerId: null }, { id: { in: rows.map((r) => r.id) } }] },
          select: { id: true, contentHash: true, retiredAt: true, ownerId: true },
        })
      ).map((c) => [c.id, c]),
    );
    const report: SyncReport = { decks: deckIds.length, created: 0, updated: 0, unchanged: 0, retired: 0 };

    for (const row of rows) {
      const current = existing.get(row.id);
      if (!current) {
        await tx.card.create({ data: row });
        report.created += 1;
      } else if (current.contentHash !== row.contentHash || current.retiredAt || current.ownerId !== null) {
        await tx.card.update({ where: { id: row.id }, data: { ...row, retiredAt: null, ownerId: null } });
        report.updated += 1;
      } else {
        report.unchanged += 1;
      }
    }

    const retired = await tx.card.updateMany({
      where: { ownerId: null, retiredAt: null, id: { notIn: rows.map((r) => r.id) } },
      data: { retiredAt: now },
    });
    report.retired = retired.count;

    for (const [position, deck] of bundle.decks.entries()) {
      const data = { title: deck.title, description: deck.description, position, retiredAt: null };
      await tx.deck.upsert({ where: { id: deck.id }, create: { id: deck.id, kind: 'CONTENT', ...data }, update: data });
    }
    await tx.deck.updateMany({ where: { kind: 'CONTENT', retiredAt: null, id: { notIn: deckIds } }, data: { retiredAt: now } });

    // Membership is derived from the files: rebuild it (no progress hangs on it).
    await tx.deckCard.deleteMany({ where: { deckId: { in: deckIds } } });
    await tx.deckCard.createMany({
      data: bundle.decks.flatMap((deck) => deck.cards.map((card, position) => ({ deckId: deck.id, cardId: card.id, position }))),
    });
    return report;
  });
}
