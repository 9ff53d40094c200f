import type { GapCard } from './types';

export type GapGroup<T extends GapCard> = { key: string; kind: GapCard['reason']['kind']; id: string; title: string; cards: T[] };

/** Gap cards grouped by why they were added (a missed criterion or an asserted trap), in first-seen order. */
export function groupGapCards<T extends GapCard>(gaps: readonly T[]): GapGroup<T>[] {
  const groups = new Map<string, GapGroup<T>>();
  for (const g of gaps) {
    const key = `${g.reason.kind}:${g.reason.id}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, kind: g.reason.kind, id: g.reason.id, title: g.reason.kind === 'criterion' ? g.reason.title : g.reason.id, cards: [] };
      groups.set(key, group);
    }
    group.cards.push(g);
  }
  return [...groups.values()];
}
