/**
 * Keyword stuffing (ADR 010, "Gaming"): grammatical sentences packed with rubric terms and
 * reasoning connectives that say nothing checkable about any of them ("On security, authorizers,
 * OIDC, mutual TLS and JWT verification all matter because …"). A concept named in a clause
 * (a sub-clause of analyse-scope) earns credit only as far as the clause says something about it:
 *
 * - **Empty predicates.** A clause whose predicate only says that things matter, exist, are
 *   considered or come into play (`light` in the cue lexicon) earns nothing for the terms it
 *   names — unless it also says something of a named service in so many words ("usage plans only
 *   exist on REST APIs"), or is a lead-in whose colon introduces what is said ("The API type
 *   matters: …").
 * - **One predicate, a few concepts.** A clause earns at most `MAX_PER_CLAUSE` distinct concepts;
 *   a longer run of rubric terms under one predicate ("throttling with 429s, usage plans, WAF
 *   rate-based rules, Shield Standard and Shield Advanced are best-effort") earns that many.
 *   Concepts a checked claim is about don't count against the cap: "REST APIs have caching, usage
 *   plans, request validation and WAF" is four claims the knowledge base confirms.
 * - **A claim needs a relation.** A claim is about its service only when something other than a
 *   term or a connective stands between them ("API Gateway *has* throttling", "WAF *on* REST
 *   APIs", a topic label "ALB: OIDC"), or nothing does ("API Gateway's authorizers"). Items of one
 *   list ("the Load Balancer Controller, ingress, target groups", "API Gateway's authorizers and
 *   WAF and caching") are no claims about each other, and terms strung together with "compared
 *   with", "because" or "so" relate nothing.
 *
 * An answer in which `STUFFED_SHARE` or more of the concepts it names earn nothing, or whose
 * clauses name `STUFFED_DENSITY` distinct concepts each on average (every clause a run of terms,
 * whatever its predicates), is keyword-stuffed: a miss, like a keyword dump. It has lost the benefit of the doubt, so only the
 * concepts that claims the knowledge base confirms are about still count (`strict`), and the
 * criteria say so ("Say something checkable about each thing you name …").
 *
 * Deterministic and linear in the sentence length: no tagger, only the cue lexicon, the concept and
 * entity matches, and the claims already read.
 */
import type { AnalysedSentence, CheckedClaim, PhraseKind, PhraseMatch, Token, TokenRange } from './types';

/** Distinct concepts one clause earns without a checked claim for each. */
export const MAX_PER_CLAUSE = 4;
/** Share of an answer's named concepts that earn nothing from which the answer is keyword-stuffed. */
export const STUFFED_SHARE = 0.3;
/**
 * Mean distinct concepts per clause that names any, from which the answer is keyword-stuffed
 * whatever its predicates: written answers stay well under 3, even terse lists of findings.
 */
export const STUFFED_DENSITY = 3.5;
/** Fewer named concepts than this are too few to call an answer stuffed. */
const MIN_NAMED = 8;

/** Words that only join the items of a list. */
const LIST_GLUE = new Set(['and', 'or', 'nor', 'plus', 'the', 'a', 'an', 'as', 'well', 'also', 'both', 'even', 's']);
const JOINS = new Set(['and', 'or', 'nor', 'plus']);
/** Cue words that chain terms without relating them ("compared with", "because", "so", "if", "matter"). */
const CONNECTIVES = new Set<PhraseKind>([
  'light',
  'comparator',
  'cause',
  'condition',
  'contrast',
  'terminator',
  'tradeoff',
  'change',
  'situation',
]);

/**
 * Per token, 1 when it cannot relate a service to an attribute: a concept term, a service's or an
 * attribute's name, or a connective.
 */
export function inertTokens(
  n: number,
  lexicon: readonly PhraseMatch[],
  concepts: readonly PhraseMatch[],
  entities: readonly PhraseMatch[],
  claims: readonly Pick<CheckedClaim, 'at'>[],
): Uint8Array {
  const inert = new Uint8Array(n);
  for (const m of concepts) inert.fill(1, m.start, m.end);
  for (const m of entities) inert.fill(1, m.start, m.end);
  for (const c of claims) inert.fill(1, c.at.start, c.at.end);
  for (const m of lexicon) if (CONNECTIVES.has(m.phrase.kind)) inert.fill(1, m.start, m.end);
  return inert;
}

type Located = Pick<CheckedClaim, 'entity' | 'entityAt' | 'at'>;

/**
 * How the sentence relates a claim's entity to its attribute:
 * - `predicate`: a word between them says how ("API Gateway has throttling", "usage plans exist
 *   on REST APIs"), or the entity is a topic label ("ALB: OIDC, mTLS");
 * - `noun-phrase`: nothing between them ("the ALB's OIDC action", "REST API caching");
 * - `list`: only other terms, connectives and list glue between them ("the Load Balancer
 *   Controller, ingress", "throttling and usage plans matter, and compared with the ALB's path
 *   routing, API Gateway's …");
 * - `none`: the claim has no entity.
 */
export function relation(
  claim: Located,
  tokens: readonly Token[],
  inert?: Uint8Array,
): 'predicate' | 'noun-phrase' | 'list' | 'none' {
  const e = claim.entityAt;
  const a = claim.at;
  if (claim.entity === null || e.end <= e.start) return 'none';
  const from = e.end <= a.start ? e.end : a.end;
  const to = e.end <= a.start ? a.start : e.start;
  let listed = false;
  let between = 0;
  for (let k = from; k <= to && k < tokens.length; k++) {
    const t = tokens[k];
    if (t === undefined) continue;
    if (t.breakBefore === 'strong') return 'predicate'; // "ALB: OIDC, mTLS" — a topic label
    if (t.breakBefore === 'comma') listed = true;
    if (k === to) break;
    between++;
    if (JOINS.has(t.word)) listed = true;
    else if (inert?.[k] === 1) listed = true;
    else if (!LIST_GLUE.has(t.word)) return 'predicate';
  }
  return listed ? 'list' : between === 0 ? 'noun-phrase' : 'predicate';
}

/** The claim is about its entity, not about a neighbour in a list: good enough to evidence a concept. */
export function isRelated(claim: Located, tokens: readonly Token[], inert?: Uint8Array): boolean {
  const r = relation(claim, tokens, inert);
  return r === 'predicate' || r === 'noun-phrase';
}

export type Substance = {
  /** The sentence's concept matches that earn credit (concepts found by claims or decisions are kept). */
  kept: PhraseMatch[];
  /** Distinct concepts named per clause, summed. */
  named: number;
  /** How many of those earn nothing. */
  empty: number;
  /** Clauses that name a concept. */
  clauses: number;
};

export type SubstanceContext = {
  /** This sentence's checked claims. */
  claims: readonly CheckedClaim[];
  /** Its cue-lexicon matches (for the empty predicates). */
  lexicon: readonly PhraseMatch[];
  /** inertTokens for this sentence, built on first use. */
  inert: () => Uint8Array;
  /** Concepts its related, correct claims are evidence for. */
  checkedConcepts: ReadonlySet<string> | undefined;
  /** Keep only the concepts a checked claim is about (for an answer found stuffed). */
  strict?: boolean;
};

const NO_CLAIMS: readonly CheckedClaim[] = [];

/** Where the sentence's empty predicates start ("… all matter"), not counting "no matter" and the like. */
function lightStarts(lexicon: readonly PhraseMatch[]): number[] {
  const starts: number[] = [];
  for (const m of lexicon) {
    if (m.phrase.kind !== 'light') continue;
    if (lexicon.some((p) => p.phrase.kind === 'pseudo-negation' && p.start <= m.start && m.start < p.end)) continue;
    starts.push(m.start);
  }
  return starts;
}

/** Distinct concepts named per clause, summed, and the clauses that name one. */
function distinctPerClause(s: Pick<AnalysedSentence, 'scope' | 'concepts'>): { named: number; clauses: number } {
  let named = 0;
  let clauses = 0;
  for (let i = 0; i < s.concepts.length; i++) {
    const m = s.concepts[i];
    if (m === undefined || m.end <= m.start) continue;
    const sub = s.scope.subOf[m.start];
    let seen = false;
    let clauseSeen = false;
    for (let j = 0; j < i && !seen; j++) {
      const o = s.concepts[j];
      if (o === undefined || o.end <= o.start || s.scope.subOf[o.start] !== sub) continue;
      clauseSeen = true;
      seen = o.phrase.id === m.phrase.id;
    }
    if (!seen) named++;
    if (!clauseSeen) clauses++;
  }
  return { named, clauses };
}

function overlaps(m: PhraseMatch, r: TokenRange): boolean {
  return m.start < r.end && r.start < m.end;
}

/** Weighs one sentence: which of the concepts it names it says something about. */
export function weighSubstance(
  s: Pick<AnalysedSentence, 'tokens' | 'scope' | 'concepts'>,
  ctx: SubstanceContext,
): Substance {
  const { tokens, scope } = s;
  let terms = 0;
  for (const m of s.concepts) if (m.end > m.start) terms++;
  if (terms === 0) return { kept: s.concepts, named: 0, empty: 0, clauses: 0 };
  const light = lightStarts(ctx.lexicon);
  // the common case: no empty predicate and too few terms to reach the cap — everything earns
  if (ctx.strict !== true && light.length === 0 && terms <= MAX_PER_CLAUSE)
    return { kept: s.concepts, empty: 0, ...distinctPerClause(s) };
  // checked: the knowledge base confirms it, so its concept does not count against the cap;
  // predicated: said of a named service in so many words (true, or not in the base), so the clause is not empty
  let checkedClaims: readonly CheckedClaim[] = NO_CLAIMS;
  let predicated: readonly CheckedClaim[] = NO_CLAIMS;
  if (ctx.claims.length > 0) {
    const inert = ctx.inert();
    const c1: CheckedClaim[] = [];
    const c2: CheckedClaim[] = [];
    for (const c of ctx.claims) {
      if (c.modality !== 'asserted' || c.entity === null || c.correct === false) continue;
      const r = relation(c, tokens, inert);
      if (c.correct === true && (r === 'predicate' || r === 'noun-phrase')) c1.push(c);
      if (r === 'predicate') c2.push(c);
    }
    checkedClaims = c1;
    predicated = c2;
  }
  const earned: PhraseMatch[] = [];
  let named = 0;
  let empty = 0;
  let clauses = 0;
  for (const r of scope.subs) {
    const ids: string[] = [];
    const checked: string[] = [];
    for (const m of s.concepts) {
      if (m.end <= m.start || m.start < r.start || m.start >= r.end) continue;
      const id = m.phrase.id;
      if (!ids.includes(id)) ids.push(id);
      if (
        !checked.includes(id) &&
        (ctx.checkedConcepts?.has(id) === true ||
          checkedClaims.some(
            (c) => c.at.start >= r.start && c.at.start < r.end && (overlaps(m, c.at) || overlaps(m, c.entityAt)),
          ))
      ) {
        checked.push(id);
      }
    }
    if (ids.length === 0) continue;
    // "The API type matters: HTTP APIs are cheaper, …": a lead-in whose colon introduces what is said
    const leadIn = tokens[r.end]?.punctBefore === ':' || tokens[r.end]?.punctBefore === '\u2014';
    const vacuous =
      !leadIn &&
      light.some((k) => k >= r.start && k < r.end) &&
      !predicated.some((c) => c.at.start >= r.start && c.at.start < r.end);
    // checked concepts always earn; the others, unless the clause is empty, up to the cap in order
    const earning: string[] = [];
    let unchecked = 0;
    for (const id of ids) {
      if (checked.includes(id)) earning.push(id);
      else if (ctx.strict !== true && !vacuous && unchecked < MAX_PER_CLAUSE) {
        earning.push(id);
        unchecked++;
      }
    }
    named += ids.length;
    empty += ids.length - earning.length;
    clauses++;
    for (const m of s.concepts) {
      if (m.end > m.start && m.start >= r.start && m.start < r.end && earning.includes(m.phrase.id)) earned.push(m);
    }
  }
  // in the sentence's order; concepts found by claims or by the decision stay
  const kept = s.concepts.filter((m) => m.end <= m.start || earned.includes(m));
  return { kept, named, empty, clauses };
}

/**
 * An answer that names enough concepts, and too many of them in clauses that say nothing about
 * them, or so many per clause that no clause can be saying much about each.
 */
export function isStuffed({ named, empty, clauses }: Omit<Substance, 'kept'>): boolean {
  return named >= MIN_NAMED && (empty / named >= STUFFED_SHARE || named / Math.max(1, clauses) >= STUFFED_DENSITY);
}
