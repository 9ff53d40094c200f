/**
 * Checks claims against the knowledge base (ADR 010).
 *
 * - Capability: the fact for (entity, attribute); a child without its own fact inherits its
 *   parent's ("REST APIs authenticate" uses API Gateway's). A claim about a parent with no fact of
 *   its own is true when it holds for some child and, when denied, wrong only if every child has it
 *   — "API Gateway has WAF" is true of REST APIs, so it is no error.
 * - Quantity: the stated number must be one of the values the docs give (5% tolerance), or the
 *   maximum when stated as one ("up to", "maxes out at"); a parent passes when any child's does.
 * - A claim that matches a false claim of the base (entity, attribute, polarity, the `with`
 *   attributes in its clause, its number, none of its `unless` phrases) is that misconception.
 * Only asserted claims are judged; reported, hypothetical, asked and qualified ones never are.
 */
import { ClaimRecord } from './claim-record';
import { findOwner } from './find-owner';
import { matchPhrases } from './match-phrases';
import type { CheckedClaim, Claim, CompiledKnowledge, KnowledgeFact, Token } from './types';

const TOLERANCE = 0.05;
/** Prepositions that make their object the thing a claim is about: "attach WAF to an HTTP API". */
const TARGETS = new Set(['on', 'to', 'onto', 'for', 'with', 'using', 'by']);

function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

const factIndexes = new WeakMap<CompiledKnowledge, Map<string, Map<string, KnowledgeFact>>>();

/**
 * `kb.facts` by entity, then attribute (indexed once per base): each claim looks up several facts, and a key
 * string built per lookup, "entity/attribute", is allocated and then flattened to be hashed.
 */
function factOf(kb: CompiledKnowledge, entity: string, attribute: string): KnowledgeFact | undefined {
  let index = factIndexes.get(kb);
  if (index === undefined) {
    index = new Map();
    for (const fact of kb.facts.values()) {
      let ofEntity = index.get(fact.entity);
      if (ofEntity === undefined) index.set(fact.entity, (ofEntity = new Map()));
      ofEntity.set(fact.attribute, fact);
    }
    factIndexes.set(kb, index);
  }
  return index.get(entity)?.get(attribute);
}

function factFor(kb: CompiledKnowledge, entity: string, attribute: string): KnowledgeFact | undefined {
  let id: string | undefined = entity;
  while (id !== undefined) {
    const fact = factOf(kb, id, attribute);
    if (fact !== undefined) return fact;
    id = kb.parents.get(id);
  }
  return undefined;
}

/** Verbs that make a number a choice the speaker makes ("we set the idle timeout to 300 s"), not a property. */
const SETTING_VERBS = new Set([
  'set',
  'sets',
  'setting',
  'configure',
  'configured',
  'configuring',
  'raise',
  'raised',
  'raising',
  'increase',
  'increased',
  'increasing',
  'bump',
  'bumped',
  'lower',
  'lowered',
  'change',
  'changed',
  'tune',
  'tuned',
  'adjust',
  'adjusted',
  'extend',
  'extended',
]);

function quantityMatches(fact: KnowledgeFact, value: number, maximum: boolean, setting: boolean): boolean {
  if (maximum && fact.maximum !== undefined) return near(fact.maximum, value);
  // a value chosen inside a setting's range is a choice; "the ALB has a 29-second timeout" is still a claim
  if (setting && !maximum && fact.range !== undefined && value >= fact.range[0] && value <= fact.range[1]) return true;
  return (fact.values ?? []).some((v) => near(v, value));
}

/** true / false / null (the base does not say), with the fact that decided it. */
function judge(
  kb: CompiledKnowledge,
  claim: Claim,
  tokens: readonly Token[],
): { correct: boolean | null; fact: KnowledgeFact | null } {
  if (claim.entity === null || claim.entityIsObject || claim.unnamed === true) return { correct: null, fact: null };
  const attribute = kb.attributes.get(claim.attribute);
  const own = factFor(kb, claim.entity, claim.attribute);
  const children: KnowledgeFact[] = [];
  for (const c of kb.children.get(claim.entity) ?? []) {
    const f = factOf(kb, c, claim.attribute);
    if (f !== undefined) children.push(f);
  }
  const direct = factOf(kb, claim.entity, claim.attribute);
  const candidates = direct !== undefined ? [direct] : own !== undefined && children.length === 0 ? [own] : children;
  // a parent whose children are not all described: a positive claim is only judged when some child has it
  const partial =
    direct === undefined && children.length > 0 && children.length < (kb.children.get(claim.entity)?.length ?? 0);
  if (candidates.length === 0) return { correct: null, fact: null };
  const first = candidates[0] ?? null;
  if (attribute?.unit !== undefined) {
    if (claim.value === null || !claim.holds) return { correct: null, fact: null };
    const value = claim.value;
    // (looked for only here, where a quantity is judged: most claims have none)
    const setting = settingIn(tokens, claim.clause.start, claim.clause.end);
    const ok = candidates.some((f) => quantityMatches(f, value, claim.maximum, setting));
    // a parent with its own fact (payloads) also passes on a child's value
    const viaChildren = children.some((f) => quantityMatches(f, value, claim.maximum, setting));
    return { correct: ok || viaChildren, fact: first };
  }
  const capabilities = candidates.filter((f) => f.holds !== undefined);
  if (capabilities.length === 0) return { correct: null, fact: null };
  // said of every kind ("every API Gateway type has WAF"), a capability must hold for each kind described
  const everyKind = claim.universal === true && direct === undefined && children.length > 0;
  const correct = claim.holds
    ? everyKind
      ? capabilities.every((f) => f.holds === true)
      : capabilities.some((f) => f.holds === true)
    : capabilities.every((f) => f.holds === false);
  if (partial && !correct && claim.holds) return { correct: null, fact: null };
  // a denial about a parent whose children differ ("canary is not an API Gateway-wide feature") is not wrong
  if (!claim.holds && !correct && direct === undefined && capabilities.some((f) => f.holds === false)) {
    return { correct: null, fact: null };
  }
  const deciding = capabilities.find((f) => f.holds !== claim.holds) ?? capabilities[0] ?? null;
  return { correct, fact: correct ? (capabilities.find((f) => f.holds === claim.holds) ?? first) : deciding };
}

/** `entity` is `target` or one of its descendants ("REST APIs" are API Gateway). */
export function isA(kb: CompiledKnowledge, entity: string, target: string): boolean {
  let id: string | undefined = entity;
  while (id !== undefined) {
    if (id === target) return true;
    id = kb.parents.get(id);
  }
  return false;
}

function containsPhrase(tokens: readonly Token[], from: number, to: number, phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  for (let i = from; i + phrase.length <= to; i++) {
    let ok = true;
    for (let k = 0; k < phrase.length && ok; k++) ok = tokens[i + k]?.stem === phrase[k];
    if (ok) return true;
  }
  return false;
}

/**
 * Where a claim's exceptions may start: its clause, or — inside a parenthesis — the clause the
 * parenthesis explains ("the timeout is the ceiling (HTTP API 30 s fixed; REST 29 s by default)").
 */
function unlessFrom(tokens: readonly Token[], clauseStart: number): number {
  let open = -1;
  for (let k = clauseStart; k >= 0; k--) {
    const p = tokens[k]?.punctBefore ?? '';
    if (p === ')') return clauseStart;
    if (p === '(') {
      open = k;
      break;
    }
  }
  if (open <= 0) return clauseStart;
  let k = open - 1;
  while (k > 0 && tokens[k]?.breakBefore !== 'strong') k--;
  return k;
}

/** Where a claim's clause ends, with the parenthesis it sits in or that follows it. */
function unlessTo(tokens: readonly Token[], clauseEnd: number): number {
  let open = false;
  for (let k = clauseEnd - 1; k >= 0; k--) {
    const p = tokens[k]?.punctBefore ?? '';
    if (p === ')') break;
    if (p === '(') {
      open = true;
      break;
    }
  }
  if (!open && tokens[clauseEnd]?.punctBefore !== '(') return clauseEnd;
  let k = open ? clauseEnd : clauseEnd + 1;
  while (k < tokens.length && tokens[k]?.punctBefore !== ')') k++;
  return k;
}

/** Words that open a consequence: a denial after one is drawn from the claim, not a correction of it. */
const CONSEQUENCES = new Set(['so', 'therefore', 'hence', 'thus']);
/** Stems of the words of a bare denial ("not", "never", "can't", "won't"). */
const DENIAL_STEMS = new Set(['not', 'never', 'no', 'nor', 'non', 'can', 'will', 'be', 'do']);

/** An exception made only of denial words ("not", "won't"): a consequence after the claim does not hold it. */
function bareDenial(phrase: readonly string[]): boolean {
  return phrase.every((stem) => DENIAL_STEMS.has(stem));
}

/**
 * Where a bare denial stops excusing a claim: the end of the sentence, or a consequence drawn after the claim
 * ("10 MB straight through to the Lambda, so we don't need S3": the "not" is the plan, not an exception; "…, so we'd
 * shard across ALBs" still excuses with its own words).
 */
function consequenceAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++)
    if (CONSEQUENCES.has(tokens[k]?.word ?? '') && tokens[k]?.breakBefore !== 'none') return k;
  return tokens.length;
}

const namedInSentence = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The attributes a sentence names anywhere (read once per sentence, only for rules that ask). */
function attributesNamedIn(kb: CompiledKnowledge, tokens: readonly Token[]): ReadonlySet<string> {
  let named = namedInSentence.get(tokens);
  if (named === undefined) {
    named = new Set(matchPhrases(tokens, kb.attributeTrie, { skipFillers: true }).map((m) => m.phrase.id));
    namedInSentence.set(tokens, named);
  }
  return named;
}

/** A setting verb among tokens [from, to) ("we set the idle timeout to 300 s"). */
function settingIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, tokens.length); k++)
    if (SETTING_VERBS.has(tokens[k]?.word ?? '')) return true;
  return false;
}

/**
 * "… so the VPC link has something to attach to": a thing only one entity has names that entity when the claim
 * names none, or names one the base says nothing about for it (ADR 034, session 13). For traps only: the claim is
 * still not judged as an error of the owner.
 */
function ownedBy(kb: CompiledKnowledge, claim: Claim, entities: readonly string[]): boolean {
  const owner = findOwner(kb, claim.attribute);
  if (owner === undefined || !entities.some((e) => isA(kb, owner, e))) return false;
  return claim.entity === null || !describes(kb, claim.entity, claim.attribute);
}

/** The base has a fact on `attribute` for `entity`, one of its ancestors or one of its kinds. */
function describes(kb: CompiledKnowledge, entity: string, attribute: string): boolean {
  if (factFor(kb, entity, attribute) !== undefined) return true;
  return kb.kb.facts.some((f) => f.attribute === attribute && isA(kb, f.entity, entity));
}

/**
 * A checked claim, built by a constructor rather than an object literal: it lives for the whole grade, and a
 * pretenured literal would keep young objects alive through every scavenge (see SentenceRecord in
 * analyse-answer.ts; ADR 011, session 11). Fields are copied one by one: a spread of this many makes a slow
 * dictionary object.
 */
class CheckedClaimRecord extends ClaimRecord implements CheckedClaim {
  correct: boolean | null;
  fact: KnowledgeFact | null;
  misconception: string | null;

  constructor(claim: Claim, correct: boolean | null, fact: KnowledgeFact | null, misconception: string | null) {
    super(claim);
    this.correct = correct;
    this.fact = fact;
    this.misconception = misconception;
  }
}

export function checkClaims(
  claims: readonly Claim[],
  kb: CompiledKnowledge,
  tokensOf: (sentence: number) => readonly Token[],
): CheckedClaim[] {
  return claims.map((claim) => {
    const judged = judge(kb, claim, tokensOf(claim.sentence));
    let misconception: string | null = null;
    // a claim that one of a false claim's exceptions makes "a different, true statement" is no error either
    let excusedTrue = false;
    if (claim.modality === 'asserted') {
      const tokens = tokensOf(claim.sentence);
      for (const i of kb.falseClaimsByAttribute.get(claim.attribute) ?? []) {
        const fc = kb.kb.falseClaims[i];
        if (fc === undefined || misconception !== null || fc.holds !== claim.holds) continue;
        // an object counts when the attribute is put on it ("WAF on an HTTP API"), not "in front of" it
        const usable = !claim.entityIsObject || TARGETS.has(claim.entityPreposition ?? '');
        // a claim about every kind of a thing ("every API Gateway type") is also one about each kind
        const entityOk =
          claim.entity === null || !usable
            ? fc.entities.includes('any') || ownedBy(kb, claim, fc.entities)
            : fc.entities.some(
                (e) => isA(kb, claim.entity ?? '', e) || (claim.universal === true && isA(kb, e, claim.entity ?? '')),
              ) || ownedBy(kb, claim, fc.entities);
        if (!entityOk) continue;
        if (!fc.with.every((w) => claim.clauseAttributes.has(w))) continue;
        if (fc.withInSentence.length > 0) {
          const named = attributesNamedIn(kb, tokens);
          if (!fc.withInSentence.every((w) => named.has(w))) continue;
        }
        // a claim the base holds true of its entity is no misconception, however a trap's wider entity reads
        // ("a hard cap on the HTTP type": HTTP APIs' 30 s really is fixed) — unless the trap qualifies it ("only")
        if (judged.correct === true && fc.with.length === 0) continue;
        if (fc.value !== undefined && (claim.value === null || !near(fc.value, claim.value))) continue;
        // the exceptions are looked for from the claim's clause on ("…, but that's no longer true"), not in
        // an earlier clause about something else ("calls a Lambda in another account, but can't do WebSockets");
        // one that names a thing ("HTTP APIs", "Lambda") only in the claim's own clause, its parenthesis and
        // its entity ("**HTTP APIs**: 30 s maximum, fixed"), not in the next clause about something else
        const unless = kb.unless[i] ?? [];
        const scoped = kb.unlessNamesThing[i] ?? [];
        const from = unlessFrom(tokens, claim.clause.start);
        const to = unlessTo(tokens, claim.clause.end);
        const named = claim.entityAt.end > claim.entityAt.start ? claim.entityAt : null;
        const excused = unless.some((p, k) =>
          scoped[k] === true
            ? containsPhrase(tokens, from, to, p) ||
              (named !== null && containsPhrase(tokens, named.start, named.end, p))
            : containsPhrase(
                tokens,
                Math.min(from, named?.start ?? from),
                bareDenial(p) ? consequenceAfter(tokens, claim.at.end) : tokens.length,
                p,
              ),
        );
        if (excused) {
          excusedTrue = true;
          continue;
        }
        misconception = fc.misconception;
      }
    }
    const { correct, fact } =
      excusedTrue && misconception === null && judged.correct === false ? { correct: null, fact: null } : judged;
    return new CheckedClaimRecord(claim, correct, fact, misconception);
  });
}
