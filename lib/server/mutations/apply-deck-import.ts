import 'server-only';
import { getContent } from '../content';
import { db } from '../db';
import { cardColumns } from '../card-columns';
import { newRandomId } from '../instructor/new-random-id';
import type { ImportPlan } from '../instructor/plan-deck-import';

export type ImportReport = { deckId: string; created: number; updated: number; added: number; removed: number };

/**
 * Writes an import plan (planDeckImport) in one transaction: the deck (created when new), its own
 * cards created or updated in place by id (retired ones restored), library cards linked, and in
 * replace mode the unlisted cards removed — own cards retired, never deleted, so progress stays.
 */
export async function applyDeckImport(plan: ImportPlan, now: Date): Promise<ImportReport> {
  const content = await getContent();
  const sourcesById = new Map(content.sources.map((s) => [s.id, { id: s.id, title: s.title, url: s.url }]));
  return db.$transaction(
    async (tx) => {
      const deckId = plan.deckId ?? newRandomId();
      if (plan.deckId === null) {
        await tx.deck.create({
          data: {
            id: deckId,
            kind: 'INSTRUCTOR',
            ownerId: plan.ownerId,
            title: plan.title,
            description: plan.description,
            published: false,
          },
        });
      } else {
        await tx.deck.update({
          where: { id: deckId },
          data: { title: plan.title, description: plan.description, updatedAt: now },
        });
      }
      const report: ImportReport = { deckId, created: 0, updated: 0, added: 0, removed: 0 };

      const removed = new Set(plan.removals.map((r) => r.id));
      for (const r of plan.removals) {
        if (r.own) await tx.card.update({ where: { id: r.id }, data: { retiredAt: now } });
        else await tx.deckCard.delete({ where: { deckId_cardId: { deckId, cardId: r.id } } });
        report.removed += 1;
      }

      const listed: string[] = [];
      for (const entry of plan.entries) {
        if (entry.kind === 'create') {
          const id = entry.id ?? newRandomId();
          await tx.card.create({ data: { id, ownerId: plan.ownerId, ...cardColumns(entry.card, sourcesById) } });
          listed.push(id);
          report.created += 1;
        } else if (entry.kind === 'update') {
          if (entry.changed.length > 0 || entry.restored) {
            await tx.card.update({
              where: { id: entry.id },
              data: { ...cardColumns(entry.card, sourcesById), retiredAt: null },
            });
            report.updated += 1;
          }
          listed.push(entry.id);
        } else {
          listed.push(entry.id);
          if (entry.added) report.added += 1;
        }
      }

      // Positions. replace: the deck becomes the file, in its order. merge: the deck's cards keep
      // their order and the file's new ones follow, in file order.
      const current = (
        await tx.deckCard.findMany({ where: { deckId }, orderBy: { position: 'asc' }, select: { cardId: true } })
      )
        .map((r) => r.cardId)
        .filter((id) => !removed.has(id));
      const known = new Set(current);
      const order =
        plan.mode === 'replace' ? [...new Set(listed)] : [...current, ...listed.filter((id) => !known.has(id))];
      for (const [position, cardId] of order.entries()) {
        await tx.deckCard.upsert({
          where: { deckId_cardId: { deckId, cardId } },
          create: { deckId, cardId, position },
          update: { position },
        });
      }
      return report;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
