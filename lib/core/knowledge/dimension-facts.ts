/**
 * The knowledge base's capability facts placed on the comparison: each fact whose attribute a
 * dimension lists (`knowledge:`) and whose entity is one of the two sides, or a kind of one
 * ("API Gateway HTTP APIs" is API Gateway's). The comparison page shows them under the dimension
 * and the quiz asks them, so the page, the quiz and the grader read the same facts.
 */
import type { Comparison, KnowledgeBase, KnowledgeFact } from '@/lib/core/content/types';

export type DimensionFact = {
  fact: KnowledgeFact;
  dimension: string;
  side: 'a' | 'b';
  /** "API Gateway HTTP APIs", capitalised. */
  entity: string;
  /** "usage plans". */
  attribute: string;
};

const capitalise = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

export function dimensionFacts(kb: KnowledgeBase, comparison: Comparison): DimensionFact[] {
  const entities = new Map(kb.entities.map((e) => [e.id, e]));
  const attributes = new Map(kb.attributes.map((a) => [a.id, a]));
  const dimensionOf = new Map(comparison.dimensions.flatMap((d) => d.knowledge.map((id) => [id, d.id] as const)));
  const sideOf = (entity: string): 'a' | 'b' | null => {
    for (let id: string | undefined = entity; id !== undefined; id = entities.get(id)?.parent) {
      if (id === comparison.a.id) return 'a';
      if (id === comparison.b.id) return 'b';
    }
    return null;
  };
  return kb.facts.flatMap((fact) => {
    const dimension = dimensionOf.get(fact.attribute);
    const side = sideOf(fact.entity);
    const entity = entities.get(fact.entity);
    const attribute = attributes.get(fact.attribute);
    if (fact.holds === undefined || dimension === undefined || side === null || !entity || !attribute) return [];
    return [{ fact, dimension, side, entity: capitalise(entity.label), attribute: attribute.label }];
  });
}
