/**
 * The one entity the knowledge base gives an attribute to (ADR 034, session 13): the entity, with its kinds,
 * that the facts say has the attribute, when they also name another entity that lacks it and none of the owner's
 * own kinds lacks it. "The VPC link" is API Gateway's (the ALB has none), "usage plans" are the REST API's (HTTP
 * APIs and ALBs have none); a thing both sides have, or one the facts give to no one in particular, has no owner.
 * Computed once per knowledge base.
 */
import type { CompiledKnowledge } from './types';

const owners = new WeakMap<CompiledKnowledge, Map<string, string>>();

function ancestry(kb: CompiledKnowledge, entity: string): string[] {
  const chain: string[] = [];
  for (let id: string | undefined = entity; id !== undefined; id = kb.parents.get(id)) chain.push(id);
  return chain;
}

/** `entity` is `target` or one of its kinds (check-claims' isA, not imported: check-claims imports this file). */
function isKindOf(kb: CompiledKnowledge, entity: string, target: string): boolean {
  return ancestry(kb, entity).includes(target);
}

function computeOwners(kb: CompiledKnowledge): Map<string, string> {
  const holders = new Map<string, { has: string[]; lacks: string[] }>();
  for (const f of kb.kb.facts) {
    if (f.holds === undefined) continue;
    const entry = holders.get(f.attribute) ?? { has: [], lacks: [] };
    (f.holds ? entry.has : entry.lacks).push(f.entity);
    holders.set(f.attribute, entry);
  }
  const found = new Map<string, string>();
  for (const [attribute, { has, lacks }] of holders) {
    const [first, ...rest] = has;
    if (first === undefined || lacks.length === 0) continue;
    // the nearest entity all holders are kinds of
    const owner = ancestry(kb, first).find((a) => rest.every((h) => isKindOf(kb, h, a)));
    if (owner === undefined || lacks.some((l) => isKindOf(kb, l, owner) || isKindOf(kb, owner, l))) continue;
    found.set(attribute, owner);
  }
  return found;
}

/** The entity the base gives `attribute` to, or undefined. */
export function findOwner(kb: CompiledKnowledge, attribute: string): string | undefined {
  let found = owners.get(kb);
  if (found === undefined) owners.set(kb, (found = computeOwners(kb)));
  return found.get(attribute);
}
