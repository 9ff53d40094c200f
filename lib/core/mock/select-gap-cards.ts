import type { GapCard, Level } from './types';

type Rubric = { criteria: readonly { id: string; title: string; cards: readonly string[] }[] };
type Graded = { criteria: readonly { id: string; level: Level }[]; traps: readonly { id: string }[] };

/**
 * The cards an attempt sends back to review: those linked to each missed criterion (the prompt's
 * `criteria[].cards`) and the misconception card (`misconception.<id>`) of each asserted trap.
 * Each card once, most important first: asserted traps (a false claim said out loud; a trap's card
 * that a missed criterion also links keeps the trap as its reason), then missed criteria in rubric order.
 */
export function selectGapCards(prompt: Rubric, result: Graded): GapCard[] {
  const out: GapCard[] = [];
  const seen = new Set<string>();
  const add = (card: GapCard) => {
    if (seen.has(card.cardId)) return;
    seen.add(card.cardId);
    out.push(card);
  };
  for (const trap of result.traps) add({ cardId: `misconception.${trap.id}`, reason: { kind: 'trap', id: trap.id } });
  const missed = new Set(result.criteria.filter((c) => c.level === 'miss').map((c) => c.id));
  for (const criterion of prompt.criteria) {
    if (!missed.has(criterion.id)) continue;
    for (const cardId of criterion.cards) add({ cardId, reason: { kind: 'criterion', id: criterion.id, title: criterion.title } });
  }
  return out;
}
