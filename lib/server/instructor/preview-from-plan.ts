import 'server-only';
import type { ImportPreview, ImportPreviewRow } from './import-result';
import type { ImportPlan } from './plan-deck-import';

const short = (text: string) => (text.length > 140 ? `${text.slice(0, 139)}…` : text);

/** What the import preview shows for a plan: one row per card of the file, and what happens to it. */
export function previewFromPlan(plan: ImportPlan): ImportPreview {
  const rows = plan.entries.map((e): ImportPreviewRow => {
    switch (e.kind) {
      case 'create':
        return { line: e.line, id: e.id, front: short(e.card.front), action: 'new', changed: [] };
      case 'update':
        return {
          line: e.line,
          id: e.id,
          front: short(e.card.front),
          action: e.restored ? 'restore' : e.changed.length > 0 ? 'update' : 'unchanged',
          changed: e.changed,
        };
      case 'library':
        return {
          line: e.line,
          id: e.id,
          front: short(e.front),
          action: e.added ? 'library-add' : 'library-keep',
          changed: [],
        };
    }
  });
  return {
    newDeck: plan.deckId === null,
    title: plan.title,
    description: plan.description,
    titleChanged: plan.titleChanged,
    descriptionChanged: plan.descriptionChanged,
    rows,
    removals: plan.removals.map((r) => ({ ...r, front: short(r.front) })),
    warnings: plan.warnings,
  };
}
