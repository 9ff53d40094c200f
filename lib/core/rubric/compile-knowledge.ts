/**
 * Compiles a knowledge base (content/knowledge/*.yaml, ADR 010) for claim reading: one trie of
 * entity aliases and attribute aliases (negative aliases as their own kind), the facts keyed by
 * entity and attribute, each entity's ancestors and children, and the `unless` phrases of each
 * false claim tokenised once, and the attribute a bare number in each unit names. Cached per knowledge-base object.
 */
import { buildPhraseTrie } from './build-phrase-trie';
import { matchPhrases } from './match-phrases';
import { normalizeText } from './normalize-text';
import { tokenizeText } from './tokenize-text';
import type { CompiledKnowledge, KnowledgeBase, PhraseSource } from './types';

const cache = new WeakMap<KnowledgeBase, CompiledKnowledge>();

/** At most this many spellings of one phrase from its words' synonyms (a phrase has one or two such words). */
const MAX_SPELLINGS = 32;

/** `text` with each of its words that has synonyms spelled every way the groups allow ("obvious choice" → "… pick"). */
function spellings(text: string, synonyms: ReadonlyMap<string, readonly string[]>): string[] {
  let out = [''];
  for (const word of text.split(' ')) {
    const options = synonyms.get(word.toLowerCase()) ?? [word];
    out = out.flatMap((head) => options.map((o) => (head === '' ? o : `${head} ${o}`))).slice(0, MAX_SPELLINGS);
  }
  return out;
}

export function compileKnowledge(kb: KnowledgeBase): CompiledKnowledge {
  const hit = cache.get(kb);
  if (hit !== undefined) return hit;
  const entitySources: PhraseSource[] = kb.entities.flatMap((e) =>
    e.aliases.map((text) => ({ kind: 'entity' as const, id: e.id, text })),
  );
  const synonyms = new Map(kb.synonyms.flatMap((group) => group.map((w) => [w, group] as const)));
  const attributeSources: PhraseSource[] = kb.attributes.flatMap((a) => [
    ...a.aliases.flatMap((alias) =>
      spellings(alias, synonyms).map((text) => ({ kind: 'attribute' as const, id: a.id, text })),
    ),
    ...a.negativeAliases.flatMap((alias) =>
      spellings(alias, synonyms).map((text) => ({ kind: 'attribute-negative' as const, id: a.id, text })),
    ),
  ]);
  const children = new Map<string, string[]>();
  const parents = new Map<string, string>();
  for (const e of kb.entities) {
    if (e.parent === undefined) continue;
    parents.set(e.id, e.parent);
    children.set(e.parent, [...(children.get(e.parent) ?? []), e.id]);
  }
  const claimable = new Set([...kb.facts.map((f) => f.attribute), ...kb.falseClaims.map((f) => f.attribute)]);
  // a number in a unit names an attribute only when exactly one claimable attribute is named by that unit
  const namedByUnit = new Map<string, string[]>();
  for (const a of kb.attributes)
    if (a.unit !== undefined && a.namedByUnit === true && claimable.has(a.id))
      namedByUnit.set(a.unit, [...(namedByUnit.get(a.unit) ?? []), a.id]);
  const byExceeding = new Map<string, string>();
  for (const a of kb.attributes)
    if (a.namedByExceeding === true && claimable.has(a.id))
      for (const r of a.requires) {
        const unit = kb.attributes.find((o) => o.id === r)?.unit;
        if (unit !== undefined) byExceeding.set(unit, a.id);
      }
  const compiled: CompiledKnowledge = {
    kb,
    entityTrie: buildPhraseTrie(entitySources),
    attributeTrie: buildPhraseTrie(attributeSources),
    facts: new Map(kb.facts.map((f) => [`${f.entity}/${f.attribute}`, f])),
    attributes: new Map(kb.attributes.map((a) => [a.id, a])),
    entities: new Map(kb.entities.map((e) => [e.id, e])),
    parents,
    children,
    claimable,
    falseClaimsByAttribute: new Map(
      [...new Set(kb.falseClaims.map((f) => f.attribute))].map((a) => [
        a,
        kb.falseClaims.flatMap((f, i) => (f.attribute === a ? [i] : [])),
      ]),
    ),
    unless: kb.falseClaims.map((fc) => fc.unless.map((u) => tokenizeText(normalizeText(u)).map((t) => t.stem))),
    unlessNamesThing: [],
    attributeByUnit: new Map([...namedByUnit].flatMap(([unit, ids]) => (ids.length === 1 ? [[unit, ids[0]!]] : []))),
    attributeByExceeding: byExceeding,
  };
  // an exception that names an entity or attribute ("HTTP API", "Lambda", "payload") scopes a claim only where it is said
  const entityTrie = compiled.entityTrie;
  const attributeTrie = compiled.attributeTrie;
  compiled.unlessNamesThing = kb.falseClaims.map((fc) =>
    fc.unless.map((u) => {
      const tokens = tokenizeText(normalizeText(u));
      return matchPhrases(tokens, entityTrie).length > 0 || matchPhrases(tokens, attributeTrie).length > 0;
    }),
  );
  cache.set(kb, compiled);
  return compiled;
}
