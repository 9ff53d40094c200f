/**
 * Claims of one answer that contradict each other: the same thing said to have a capability in
 * one place and to lack it in another ("the ALB authenticates users" … "the ALB can't
 * authenticate anyone"). Only asserted claims about the very same entity count: a claim about
 * API Gateway and another about its HTTP APIs may both be true, and a denial with a
 * restriction ("not out of the box") is qualified, not asserted. Numbers are left out: a
 * default and a maximum legitimately differ. Whichever side the knowledge base favours, the
 * answer says both, and the candidate should hear so.
 */
import type { CheckedClaim } from './types';

export type Contradiction = {
  entity: string;
  attribute: string;
  /** The sentence that says it holds, then the one that says it doesn't (verbatim). */
  holds: string;
  denies: string;
};

export function findContradictions(
  claims: readonly CheckedClaim[],
  sentenceText: (index: number) => string,
): Contradiction[] {
  const first = new Map<string, { holds?: CheckedClaim; denies?: CheckedClaim }>();
  for (const c of claims) {
    if (c.modality !== 'asserted' || c.entity === null || c.entityIsObject || c.value !== null) continue;
    const key = `${c.entity}/${c.attribute}`;
    const seen = first.get(key) ?? {};
    if (c.holds) seen.holds ??= c;
    else seen.denies ??= c;
    first.set(key, seen);
  }
  const out: Contradiction[] = [];
  for (const { holds, denies } of first.values()) {
    if (holds === undefined || denies === undefined || holds.entity === null) continue;
    // one sentence that says both is a contrast within it ("not X, but X with …"): left to the claim reader
    if (holds.sentence === denies.sentence) continue;
    out.push({
      entity: holds.entity,
      attribute: holds.attribute,
      holds: sentenceText(holds.sentence),
      denies: sentenceText(denies.sentence),
    });
  }
  return out;
}
