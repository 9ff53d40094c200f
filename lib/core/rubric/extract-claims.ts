/**
 * Reads one sentence into claims (ADR 010): which entity (an alias from the knowledge base, or a
 * pronoun resolved to the last entity named), which attribute, held or denied, with which number,
 * and how it is put (asserted, reported, hypothetical, asked, or qualified).
 *
 * - An attribute binds to the nearest entity before it in its sub-clause that is not the object of
 *   a preposition ("reaches the ALB through a VPC link" is about the gateway, not the ALB); failing
 *   that the nearest after it, then the subject carried from earlier ("…, which is the better
 *   option"), then — for pronouns — the previous sentence's subject.
 * - Polarity: an odd number of negation cues in the sub-clause denies (cues inside an alias such as
 *   "no way around" don't count; a negative alias such as "hard" denies by itself). A negation right
 *   before an entity in a list denies only that entity ("REST APIs and ALBs, not HTTP APIs").
 * - Modality, from the cue-and-scope pass: a frame or quotation marks make a claim reported (unless
 *   the sentence agrees: "…, and they're right"); "if" makes it hypothetical; a question asks —
 *   except the premise of a rhetorical "why …, when it can't …?" or "Since …, why …?", which is asserted; a denial with a
 *   restriction ("until you add…", "out of the box", "on its own") is qualified, so never an error.
 */
import { AUXILIARIES, INVERTING_NEGATIONS, deniesPredicateNoun, quantifiedRelative } from './analyse-scope';
import { answerHowQuestion } from './answer-how-question';
import { answerOwnQuestion, type AskedQuestion } from './answer-own-question';
import { isA } from './check-claims';
import { ClaimRecord } from './claim-record';
import { findPlace, type Place, placesApart } from './find-place';
import { matchPhrases } from './match-phrases';
import { normalizeText } from './normalize-text';
import { stemWord } from './stem-word';
import { tokenizeText } from './tokenize-text';
import type { Claim, CompiledKnowledge, Modality, PhraseMatch, Scope, Token, TokenRange } from './types';

const PREPOSITIONS = new Set([
  'to',
  'through',
  'behind',
  'via',
  'than',
  'into',
  'from',
  'with',
  'of',
  'for',
  'over',
  'between',
  'like',
  'versus',
  'vs',
  'against',
  'onto',
  'toward',
  'towards',
  'on',
  'by',
  'at',
  'in',
  'under',
  'using',
  'reaches',
  'reach',
  'invoke',
  'invokes',
  'call',
  'calls',
  // what a link or a front door points at is its object: "the VPC link can target the internal ALB"
  'target',
  'targets',
  'targeting',
  'fronts',
  'fronting',
  // the standard of a comparison is no subject: "$1 per million requests beats an ALB's $16 floor"
  'beats',
  'beat',
  'beating',
  'undercuts',
  'outperforms',
  'outscales',
]);
/** Words that may sit between a preposition and its entity ("to an internal ALB"). */
const DETERMINERS = new Set([
  'any',
  'every',
  'each',
  'all',
  'some',
  'a',
  'an',
  'the',
  'our',
  'your',
  'its',
  'their',
  'internal',
  'private',
  'public',
  'new',
  'existing',
  'same',
  'regional',
]);
/** Someone other than the entities acts ("… and we move route by route"): what follows is not about the entity. */
const PERSONAL = new Set(['we', 'i', 'you', 'us', 'our', 'team', 'clients', 'partners', 'users', 'customers']);
/** Words that open a comma-delimited phrase continuing the same subject. */
const CONTINUERS = new Set([
  'which',
  'that',
  'who',
  'and',
  'but',
  'so',
  'because',
  'since',
  'as',
  'is',
  'are',
  'can',
  'could',
  'has',
  'have',
  'does',
  'do',
  'will',
  'would',
  'it',
  'they',
  'while',
  'though',
  'although',
  'plus',
  'also',
  'then',
  'not',
  'only',
  'even',
  'yet',
  'or',
  // "…, with no way to rewrite the URL": a phrase on what the subject comes with describes the subject
  'with',
  'without',
]);
/** Words that make a phrase a clause rather than a noun phrase ("API Gateway is … throttling"). */
const VERBISH = new Set([
  'in',
  'on',
  'at',
  'of',
  'from',
  'into',
  'through',
  'via',
  'by',
  'is',
  'are',
  'be',
  'was',
  'were',
  'has',
  'have',
  'had',
  'can',
  'could',
  'will',
  'would',
  'does',
  'do',
  'did',
  'should',
  'must',
  'may',
  'might',
  'and',
  'or',
  'but',
  'not',
  'no',
  'than',
  'to',
  'with',
  'for',
]);
/** "does not mean / make / prove that X is better": the negation reaches into the complement. */
const COMPLEMENT_VERBS = new Set([
  'mean',
  'make',
  'prove',
  'impli',
  'imply',
  'guarante',
  'guarantee',
  'follow',
  'necessarili',
  'automat',
]);
const JOINERS = new Set(['and', 'but', 'while', 'so', 'whereas', 'then']);
/** Quantifiers that open a sub-clause's own subject ("…, so any functions …", "…, and every partner …"). */
const QUANTIFIED_SUBJECT = new Set(['any', 'every', 'each', 'all', 'some', 'no']);
const NEW_SUBJECT = new Set(['the', 'a', 'an', 'our', 'your', 'this', 'that', 'we', 'i', 'you', 'they', 'it']);
const PRONOUNS = new Set(['it', 'its', 'they', 'them', 'their', 'which']);
const LIST_GLUE = new Set(['and', 'or', 'nor', 'not', 'both', 'the', 'an', 'a', 'also', 'even']);
/** Negative predicate adjectives: after the attribute they deny it by themselves ("rewriting is impossible on an ALB"). */
const PREDICATIVE_DENIALS: ReadonlySet<string> = new Set(['impossible', 'unsupported', 'unavailable', 'out of reach']);
/** Negation cues that deny a claim ("without", "instead of" restrict or replace instead). */
const DENIALS = new Set([
  'not',
  'no',
  'never',
  'none',
  'neither',
  'nor',
  'no longer',
  'unable',
  'incapable',
  // "HTTP APIs skip WAF, caching and usage plans": what a thing skips, it goes without
  'skip',
  'stops being',
  'stop being',
  'stopped being',
  'ceases to be',
  'cease to be',
  // "they come without WAF": what a thing comes or ships without, it lacks
  'come without',
  'comes without',
  'ship without',
  'ships without',
  'hardly',
  'nobody',
  'zero',
  'nothing',
  'lack',
  'lacks',
  'lacking',
  'absent',
  'missing',
  'instead of',
  'rather than',
  'give up',
  'gives up',
  'giving up',
  'lose',
  'loses',
  'losing',
  'forgo',
  'sacrifice',
  'ignores',
  ...PREDICATIVE_DENIALS,
]);
/** Prepositions a listed denial may put before its entity: "…, not on an HTTP API", "…, not to the ALB". */
const DENIED_PLACES = new Set(['on', 'to', 'for', 'in', 'behind', 'with']);
/** After a comma, these start an item that is affirmed, not denied: "no X, just Y", "not X, only Y". */
const AFFIRMERS = new Set(['just', 'only', 'but', 'yet', 'merely', 'simply', 'instead', 'plus']);
/** Words that make a negation after the attribute deny it: "WAF on HTTP APIs is not supported". */
const PREDICATES = new Set([
  'attach',
  'attached',
  'put',
  'placed',
  'appli',
  'applied',
  'associ',
  'associated',
  'used',
  'turn',
  'support',
  'supported',
  'avail',
  'available',
  'possibl',
  'possible',
  'allow',
  'allowed',
  'offer',
  'offered',
  'includ',
  'included',
  'option',
  'there',
  'present',
  'exist',
  'work',
  'works',
  'possible',
  'done',
  'do',
  'applic',
  'applicable',
  'provid',
  'provided',
  'enabled',
  'enable',
  // "… is not automatic"
  'automatic',
  // "authentication never depends on it": what does not rest on the entity, the entity does not provide
  'depend',
  'rely',
]);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that join the items of a list of attributes ("another account or another Region"). */
const COORDINATION = new Set(['or', 'nor', 'and', 'a', 'an', 'the', 'any']);
/** Words that, under a negation, carry it on to the next item ("can't A or B"). */
const DISJUNCTIONS = new Set(['or', 'nor']);
/** How many words a negation before an attribute reaches ("can't really, in practice, authenticate"). */
const NEGATION_REACH = 5;
/** Longest sentence, in words, read for claims. */
const MAX_CLAIM_SENTENCE = 150;
const NUMBER = /^\d+(?:\.\d+)?$/;
/** A number ("29", "10.5"); the first character is looked at before the pattern: this runs for every token, often. */
function isNumber(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57 && NUMBER.test(w);
}
/** Unit words after a number, to the knowledge base's units. */
const UNIT_FACTORS: Record<string, { unit: 's' | 'mb' | 'rps' | 'usd'; factor: number }> = {
  ms: { unit: 's', factor: 0.001 },
  s: { unit: 's', factor: 1 },
  min: { unit: 's', factor: 60 },
  h: { unit: 's', factor: 3600 },
  day: { unit: 's', factor: 86400 },
  week: { unit: 's', factor: 604800 },
  kb: { unit: 'mb', factor: 0.001 },
  mb: { unit: 'mb', factor: 1 },
  gb: { unit: 'mb', factor: 1000 },
  rps: { unit: 'rps', factor: 1 },
  usd: { unit: 'usd', factor: 1 },
};

/** Unit nouns a "half" may measure ("half a minute", "a half-hour"): not normalised to digits. */
const HALVED_UNITS: Record<string, number> = { minute: 60, min: 60, hour: 3600, h: 3600 };

const REQUEST_WORDS = new Set(['requests', 'request', 'calls', 'call']);
const PER_WORDS = new Set(['per', 'a', 'each', 'every']);

/**
 * The quantity at token i, in the knowledge base's unit: "29 s", "10 mb", "half a minute" / "half-minute",
 * "10000 requests a second".
 */
function quantityAt(tokens: readonly Token[], i: number): { value: number; unit: string } | null {
  const w = tokens[i]?.word ?? '';
  if (isNumber(w)) {
    const u = UNIT_FACTORS[tokens[i + 1]?.word ?? ''];
    if (u !== undefined) return { value: Number(w) * u.factor, unit: u.unit };
    // "10,000-requests-per-second", "10k requests a second" (the spellings the normaliser leaves as words)
    const perSecond =
      REQUEST_WORDS.has(tokens[i + 1]?.word ?? '') &&
      PER_WORDS.has(tokens[i + 2]?.word ?? '') &&
      tokens[i + 3]?.word === 'second' &&
      unbrokenBetween(tokens, i + 1, i + 4);
    return perSecond ? { value: Number(w), unit: 'rps' } : null;
  }
  if (w !== 'half') return null;
  const k = ARTICLES.has(tokens[i + 1]?.word ?? '') ? i + 2 : i + 1;
  const seconds = HALVED_UNITS[tokens[k]?.word ?? ''];
  return seconds === undefined || !unbrokenBetween(tokens, i + 1, k + 1) ? null : { value: seconds / 2, unit: 's' };
}

/**
 * "API Gateway: REST 29 s default, …; HTTP 30 s fixed": a capability of a quantity (`requires` one with a unit)
 * said of a parent, next to a number of that quantity that one kind alone has, is said of that kind. A number
 * two kinds share ("29 s": REST and WebSocket) names none, so "API Gateway's 29 s timeout is fixed" stays a claim
 * about API Gateway.
 */
function kindByValue(
  kb: CompiledKnowledge,
  entity: string,
  attribute: CompiledKnowledge['attributes'] extends Map<string, infer A> ? A : never,
  tokens: readonly Token[],
  range: TokenRange,
): string | null {
  const kinds = kb.children.get(entity);
  if (kinds === undefined || attribute.unit !== undefined || attribute.requires.length === 0) return null;
  for (const required of attribute.requires) {
    const unit = kb.attributes.get(required)?.unit;
    if (unit === undefined) continue;
    for (let k = range.start; k < range.end; k++) {
      // written in digits: "half a minute" rounds ("nothing on the gateway runs past half a minute" is the 29 s)
      const q = NUMBER.test(tokens[k]?.word ?? '') ? quantityAt(tokens, k) : null;
      if (q === null || q.unit !== unit) continue;
      // exactly: the kinds' values are near each other ("29 s" and "30 s"), and a number names a kind only as written
      const having = kinds.filter((c) => kb.facts.get(`${c}/${required}`)?.values?.includes(q.value) === true);
      if (having.length === 1) return having[0] ?? null;
    }
  }
  return null;
}

export type ClaimContext = {
  /** The entity the previous sentence was mostly about (its first subject). */
  subject: string | null;
  /** The previous sentence was a question: what it asked, for an answer right after it ("…? No."). */
  question?: AskedQuestion | null;
  /** The attributes named in the previous sentence's last clause, for a "That alone settles it" after it. */
  said?: readonly string[];
};

export type SentenceForClaims = {
  index: number;
  tokens: readonly Token[];
  scope: Scope;
  /** The cue lexicon's matches in this sentence (negations, frames, agreement, qualifiers…). */
  lexicon: readonly PhraseMatch[];
  question: boolean;
  /** Per token: inside quotation marks. */
  quoted: readonly boolean[];
};

/**
 * Every mention is made here, with all its fields: one shape. Mentions made by literals with optional spreads
 * had eight shapes, and extractClaims, optimised for the ones it had seen, was thrown back to the interpreter
 * ("wrong map") and recompiled (~1 s of compiling each time) again and again, well into the bench's timed grades
 * (ADR 011, session 12). The flags read the same as before: every test is `=== true` or a truthiness check.
 */
class MentionRecord {
  id: string;
  start: number;
  end: number;
  object: boolean;
  denied: boolean;
  preposition: string | null;
  pronoun: boolean;
  /** Owns the attribute right before it ("the timeout on REST APIs"): the subject, though after a preposition. */
  owner: boolean;
  /** Placed by a "there is …" clause ("nothing on it to …"): its subject, with no verb of its own. */
  located: boolean;
  /** Named with "every" / "all" / "any" / "both" / "each": what is said holds of each of its kinds. */
  universal: boolean;

  constructor(
    id: string,
    start: number,
    end: number,
    object: boolean,
    denied: boolean,
    preposition: string | null,
    flags: { pronoun?: boolean; owner?: boolean; located?: boolean; universal?: boolean },
  ) {
    this.id = id;
    this.start = start;
    this.end = end;
    this.object = object;
    this.denied = denied;
    this.preposition = preposition;
    this.pronoun = flags.pronoun === true;
    this.owner = flags.owner === true;
    this.located = flags.located === true;
    this.universal = flags.universal === true;
  }
}
type Mention = MentionRecord;

/**
 * Non-overlapping matches, longest first; phrases of different ids on the very same span all stay.
 * `matches` come in start order (as `matchPhrases` gives them), so visiting them length by length in that
 * order is the stable sort by length and start, and the kept ones, read in that order, are already sorted:
 * no sorted copies (this runs twice per sentence). When every match is kept, the input itself is returned.
 * (A match spans at least one token, so "overlaps a kept match" is "one of its tokens is taken".)
 */
function longestFirst(matches: PhraseMatch[]): PhraseMatch[] {
  if (matches.length <= 1) return matches;
  let longest = 0;
  for (const m of matches) if (m.end - m.start > longest) longest = m.end - m.start;
  const kept: PhraseMatch[] = [];
  for (let length = longest; length > 0; length--)
    for (const m of matches)
      if (m.end - m.start === length && (!overlapsAny(kept, m) || hasTwin(kept, m))) kept.push(m);
  if (kept.length === matches.length) return matches;
  const out: PhraseMatch[] = [];
  for (const m of matches) if (kept.includes(m)) out.push(m);
  return out;
}

function overlapsAny(kept: readonly PhraseMatch[], m: PhraseMatch): boolean {
  for (const o of kept) if (o.start < m.end && m.start < o.end) return true;
  return false;
}

/** A kept match of another phrase on the very same span as `m`. */
function hasTwin(kept: readonly PhraseMatch[], m: PhraseMatch): boolean {
  for (const o of kept) if (o.start === m.start && o.end === m.end && o.phrase.id !== m.phrase.id) return true;
  return false;
}

const NO_MATCHES: PhraseMatch[] = [];
function kindIn(kinds: ReadonlyMap<string, PhraseMatch[]>, kind: string): PhraseMatch[] {
  return kinds.get(kind) ?? NO_MATCHES;
}

/**
 * NegEx scope of a cue: its window, cut at ", and" / ", but" and terminators (an attribute that
 * starts right at the cut, "zero idea | who the caller is", is still reached).
 */
function negationReach(scope: Scope, c: PhraseMatch, tokens: readonly Token[], mentions: readonly Mention[]): number {
  let cut = scope.negations.find((g) => g.cueEnd === c.end)?.to ?? scope.framed.length;
  // "Nor is the HTTP flavour the same product …": an inverting negation reaches its whole clause
  if (INVERTING_NEGATIONS.has(c.phrase.id) && AUXILIARIES.has(tokens[c.end]?.word ?? '')) return cut + 1;
  if (deniesPredicateNoun(tokens, c)) return cut + 1;
  // the object of a verb or preposition counts as one word, with its article
  // ("cannot invoke a Lambda function in another Region" reaches "another Region")
  // under a negation "or" distributes ("can't inject headers or validate bodies" denies both): each "or" / "nor"
  // reached opens a new window
  // "nothing in front of the service that can validate …": the quantifier reaches its relative clause
  const relative = quantifiedRelative(tokens, c, cut);
  let k = relative >= 0 ? relative + 1 : c.end;
  for (let words = 0; words < NEGATION_REACH && k < tokens.length; words++) {
    let j = k;
    while (j < tokens.length && ARTICLES.has(tokens[j]?.word ?? '')) j++;
    // "can't forward a request to a Lambda function …": what is passed on counts as no word
    if (PASSED_ON.has(tokens[j]?.word ?? '') && tokens[j + 1]?.word === 'to' && j > k) {
      k = j + 1;
      words--;
      continue;
    }
    // "doesn't really have a way to check …": a means or ability the negation denies counts as no word
    const light = meansPhraseAt(tokens, j);
    if (light > j) {
      k = light;
      words--;
      continue;
    }
    const m = mentions.find((e) => e.start === j && e.object && e.pronoun !== true);
    k = m !== undefined ? m.end : k + 1;
    // "nothing on the gateway side can …": the place that restricts the quantifier counts as one word
    const place = RESTRICTING.has(tokens[k - 1]?.word ?? '')
      ? mentions.find((e) => e.located === true && e.start > k - 1 && e.start <= k + 1)
      : undefined;
    if (place !== undefined) k = tokens[place.end]?.word === 'side' ? place.end + 1 : place.end;
    // …and so does where that object is ("cannot call a Lambda function that lives in another account")
    if (m !== undefined && RELATIVES.has(tokens[k]?.word ?? '') && LOCATING_VERBS.has(tokens[k + 1]?.word ?? '')) {
      k += 2;
      // (past the place's article too: "… that lives in a different account")
      let place = k + 1;
      while (ARTICLES.has(tokens[place]?.word ?? '')) place++;
      cut = Math.max(cut, place);
    }
    if (DISJUNCTIONS.has(tokens[k - 1]?.word ?? '') && k <= cut) words = -1;
  }
  return Math.min(k, cut + 1);
}

/**
 * "it has no usage plans and WAF can't attach to it": an attribute followed by its own auxiliary is the subject of
 * a clause of its own, and a negation that first denies another attribute stays with that one.
 */
function opensOwnClause(
  tokens: readonly Token[],
  attributes: readonly PhraseMatch[],
  cue: PhraseMatch,
  a: PhraseMatch,
): boolean {
  const next = tokens[a.end];
  return (
    next !== undefined &&
    next.breakBefore === 'none' &&
    AUXILIARIES.has(next.word) &&
    attributes.some((o) => o !== a && o.start >= cue.end && o.end <= a.start)
  );
}

/** Words a negation reaches through to the verb they introduce ("not really have a way to check …"). */
const MEANS_PHRASES: readonly (readonly string[])[] = [
  ['really'],
  ['actually'],
  ['have', 'a', 'way', 'to'],
  ['has', 'a', 'way', 'to'],
  ['have', 'any', 'way', 'to'],
  ['has', 'any', 'way', 'to'],
  ['be', 'able', 'to'],
  ['is', 'able', 'to'],
  ['are', 'able', 'to'],
  ['have', 'the', 'ability', 'to'],
  ['has', 'the', 'ability', 'to'],
];

const MEANS_STARTS = new Set(MEANS_PHRASES.map((p) => p[0]));

/** Where a means phrase starting at `k` ends (ADR 034, session 13), or `k` when none starts there. */
function meansPhraseAt(tokens: readonly Token[], k: number): number {
  if (!MEANS_STARTS.has(tokens[k]?.word)) return k;
  for (const phrase of MEANS_PHRASES)
    if (phrase.every((w, i) => tokens[k + i]?.word === w && (i === 0 || tokens[k + i]?.breakBefore === 'none')))
      return k + phrase.length;
  return k;
}

const RELATIVES = new Set(['that', 'which']);
/** What a front passes on to a target ("forward a request to …", "send traffic to …"). */
const PASSED_ON = new Set(['request', 'requests', 'traffic', 'call', 'calls']);
const LOCATING_VERBS = new Set(['lives', 'live', 'sits', 'sit', 'runs', 'run', 'is', 'are', 'resides', 'reside']);

/** No comma or strong break before any token in [from, to). */
function unbrokenBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if (tokens[k]?.breakBefore !== 'none') return false;
  return true;
}

/** Words after which a "you" opens a clause of its own ("…, so you add …", "… where we route …"). */
const CLAUSE_OPENERS = new Set([
  ...CONTINUERS,
  'where',
  'when',
  'if',
  'unless',
  'once',
  'until',
  'before',
  'after',
  'than',
  'whereas',
  'then',
  'let',
  'what',
  'why',
  'who',
  'whether',
  'so',
]);

/**
 * "you" right after a word that opens no clause is that verb's object ("the gateway gives you HTTPS",
 * "the ALB lets you route …"): the one acted on or for, not someone else acting.
 */
function personalObject(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.word ?? '';
  if (w !== 'you') return false;
  const before = tokens[k - 1];
  return (
    before !== undefined &&
    tokens[k]?.breakBefore === 'none' &&
    !CLAUSE_OPENERS.has(before.word) &&
    !JOINERS.has(before.word)
  );
}

/** Words after which "but" means "except": "nothing but the path", "anything but the path". */
const EXCEPTING_BUT = new Set(['nothing', 'anything', 'everything', 'all', 'none']);

/** Someone else acts in [from, to) ("… and we move …", "… and the API reaches it"): what follows is not about the entity. */
function personalBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) {
    const w = tokens[k]?.word ?? '';
    // "us-west-2" is a Region, not the writer: a pronoun is never hyphenated to the next word
    if (w === 'us' && tokens[k]?.joinStem !== null) continue;
    // "API keys are how we authenticate partners": the means of what someone does is the subject's claim
    if (tokens[k - 1]?.word === 'how' && COPULAS.has(tokens[k - 2]?.word ?? '')) continue;
    // "API keys are our authentication layer": a possessive after a copula determines the predicate, no one acts
    if (w === 'our' && COPULAS.has(tokens[k - 1]?.word ?? '') && tokens[k]?.breakBefore === 'none') continue;
    if (PERSONAL.has(w) && !personalObject(tokens, k)) return true;
    // "routes on nothing but the path": "but" after "nothing" is "except", no new clause
    if (w === 'but' && EXCEPTING_BUT.has(tokens[k - 1]?.word ?? '')) continue;
    if (JOINERS.has(w) && k + 1 < to && NEW_SUBJECT.has(tokens[k + 1]?.word ?? '') && !personalObject(tokens, k + 1))
      return true;
  }
  return false;
}

/** "than per-request pricing", "than paying per request": the standard a comparison is against. */
function isComparisonStandard(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    if (tokens[k]?.word === 'than') return true;
    if (tokens[k + 1]?.breakBefore !== 'none') return false;
  }
  return false;
}

/** An entity other than the attribute's own words lies within [from, to). */
function entityBetween(mentions: readonly Mention[], from: number, to: number, a: TokenRange): boolean {
  return mentions.some((m) => m.start >= from && m.end <= to && !(m.start >= a.start && m.end <= a.end));
}

/**
 * "not do, and only REST APIs can, is validate": an entity in [from, to) has a verb of its own.
 * The object of a verb or preposition has none ("cannot invoke a Lambda function in another Region").
 */
function modalAfterEntity(mentions: readonly Mention[], tokens: readonly Token[], from: number, to: number): boolean {
  return mentions.some(
    (m) =>
      m.start >= from &&
      m.end < to &&
      !m.object &&
      m.located !== true &&
      VERBISH.has(tokens[m.end]?.word ?? '') &&
      tokens[m.end]?.word !== 'and',
  );
}

/** The preposition an entity is the object of ("on an HTTP API" → "on", "in front of it" → "of"), or null. */
function prepositionBefore(tokens: readonly Token[], start: number): string | null {
  let k = start - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k]?.word ?? '')) k--;
  let w = tokens[k]?.word ?? '';
  // "all of the gateway types", "with each of the APIs": a partitive "of" after a quantifier heads no object of
  // its own; the preposition before the quantifier, if any, does
  if (w === 'of' && PARTITIVES.has(tokens[k - 1]?.word ?? '')) {
    k -= 2;
    while (k >= 0 && DETERMINERS.has(tokens[k]?.word ?? '')) k--;
    w = tokens[k]?.word ?? '';
  }
  return PREPOSITIONS.has(w) ? w : null;
}

/** Words that open a leading clause of time or condition: "Once we're on the HTTP API, …". */
const LEADING_WHEN = new Set(['once', 'after', 'when', 'if', 'now']);
/** What the writer does to be on a thing: "we're on", "we move to", "we migrate onto". */
const GETTING_ONTO = new Set(['are', 're', 'move', 'moved', 'migrate', 'migrated', 'switch', 'switched', 'go', 'get']);
const ONTO = new Set(['on', 'to', 'onto']);

/**
 * "Once we're on the HTTP API, …", "After we migrate to the HTTP API, …": a leading clause that puts the writer on a
 * thing, alone before its comma, makes that thing the topic of what follows.
 */
function movedOnto(tokens: readonly Token[], m: Mention): boolean {
  if (!LEADING_WHEN.has(tokens[0]?.word ?? '') || tokens[m.end]?.breakBefore !== 'comma' || m.start > 7) return false;
  // <once> <we> <'re | move | migrate …> <on | to | onto> <the>* <thing>
  return (
    (WRITERS.has(tokens[1]?.word ?? '') || tokens[1]?.word === 'you') &&
    GETTING_ONTO.has(tokens[2]?.word ?? '') &&
    ONTO.has(tokens[3]?.word ?? '') &&
    unbrokenBetween(tokens, 1, m.end) &&
    everyTokenIn(tokens, 4, m.start, isDeterminer)
  );
}

/** Gerunds of moving to a thing: "Switching to an HTTP API would …" is about the HTTP API. */
const MOVING = new Set(['switching', 'moving', 'migrating', 'going', 'porting', 'upgrading', 'changing']);

/**
 * "Switching to an HTTP API would cut the bill …", "Moving the partner API to an HTTP API means …": a sentence whose
 * subject is moving to a thing is about that thing — it is the subject, though after "to".
 */
function movedTo(tokens: readonly Token[], preposition: string | null, k: number): boolean {
  if (preposition !== 'to') return false;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (tokens[j + 1]?.breakBefore !== 'none') return false;
    if (MOVING.has(tokens[j]?.word ?? '')) return j === 0 || tokens[j]?.breakBefore !== 'none';
  }
  return false;
}

/**
 * "can't have partner tokens checked at the load balancer": a thing named with "at" right after an attribute stated as
 * a participle ("checked", "validated") is where it is done, so the one that does it (ADR 034, session 13).
 */
function doneAt(
  tokens: readonly Token[],
  preposition: string | null,
  k: number,
  attributes: readonly PhraseMatch[],
): boolean {
  if (preposition !== 'at') return false;
  const done = attributes.find((a) => a.end === k);
  return done !== undefined && (tokens[done.end - 1]?.word.endsWith('ed') ?? false);
}

/**
 * "files of up to 10 MB, which is API Gateway's payload limit": a relative clause with no number of its own is about
 * the quantity it is attached to, the last one in the unit right before it (ADR 034, session 13). -1 when none.
 */
function quantityBeforeRelative(tokens: readonly Token[], clause: TokenRange, sub: TokenRange, unit: string): number {
  if (!RELATIVES.has(tokens[sub.start]?.word ?? '') || sub.start <= clause.start) return -1;
  for (let i = sub.start - 1; i >= clause.start && i >= sub.start - 3; i--)
    if (quantityAt(tokens, i)?.unit === unit) return i;
  return -1;
}

const PARTITIVES = new Set(['all', 'each', 'both', 'any', 'every', 'none', 'some', 'most', 'either', 'neither']);

/**
 * "X has no P unless you do Y" says Y is required, like "until": an "unless" that follows a denial
 * in its clause restricts it rather than opening an imagined world ("Unless we need WAF, …" does).
 */
function requirementAfterDenial(
  tokens: readonly Token[],
  negationCues: readonly PhraseMatch[],
  clauseStart: number,
  at: number,
): boolean {
  let k = at - 1;
  while (k > clauseStart && tokens[k]?.word !== 'unless') k--;
  if (k <= clauseStart || tokens[k]?.word !== 'unless') return false;
  const unless = k;
  return negationCues.some((c) => c.start >= clauseStart && c.end <= unless);
}

/** Verbs after which a clause-opening "that" is its subject ("…, and that can't be raised"). */
const DEMONSTRATIVE_VERBS = new Set([
  'is',
  'isn',
  'can',
  'cannot',
  'won',
  'will',
  'has',
  'hasn',
  'does',
  'doesn',
  'stays',
  'never',
]);

/** "REST APIs stop at 29 s and that can't be raised": a "that" opening a clause refers back, as "it" would. */
function demonstrative(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.word !== 'that' || i === 0) return false;
  const opens = tokens[i]?.breakBefore === 'strong' || JOINERS.has(tokens[i - 1]?.word ?? '');
  return opens && DEMONSTRATIVE_VERBS.has(tokens[i + 1]?.word ?? '');
}

/**
 * `matches` with one more attribute match the reader inferred (it has no phrase of its own) over tokens
 * [start, end), kept in order of position.
 */
function withInferredAttribute(
  matches: readonly PhraseMatch[],
  id: string,
  start: number,
  end = start + 1,
  kind: 'attribute' | 'attribute-negative' = 'attribute',
): PhraseMatch[] {
  return [...matches, { phrase: { kind, id, stems: [] }, start, end }].sort((a, b) => a.start - b.start);
}

/** Words of going past a quantity: "past 29 seconds", "beyond 29 seconds". */
const EXCEEDING = new Set(['past', 'beyond']);

/**
 * "you get 10 MB from the client to your Lambda", "a 10 MB cap": a number in a unit names the attribute the
 * content says it names, when its clause names no attribute in that unit already; "past 29 seconds" names the
 * attribute that goes past a quantity in that unit (`namedByExceeding`).
 */
function withMeasuredAttributes(
  tokens: readonly Token[],
  kb: CompiledKnowledge,
  scope: Scope,
  matches: PhraseMatch[],
): PhraseMatch[] {
  let out = matches;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!isNumber(tokens[i]?.word ?? '')) continue;
    const unit = UNIT_FACTORS[tokens[i + 1]?.word ?? '']?.unit;
    if (unit === undefined || tokens[i + 1]?.breakBefore !== 'none' || tokens[i - 1]?.word === 'not') continue;
    const past = kb.attributeByExceeding.get(unit);
    if (past !== undefined && EXCEEDING.has(tokens[i - 1]?.word ?? '') && tokens[i]?.breakBefore === 'none')
      out = withInferredAttribute(out, past, i - 1, i);
    const id = kb.attributeByUnit.get(unit);
    if (id === undefined) continue;
    if (namedInClauseOrCovered(out, kb, scope, tokens.length, i, id, unit)) continue;
    out = withInferredAttribute(out, id, i, i + 2);
  }
  return out;
}

/**
 * For the number at `i`: its clause already names the attribute `id` or one in `unit`, or a match covers the
 * number or its unit. (Plain loops, not closures: the caller runs over every token of every sentence.)
 */
function namedInClauseOrCovered(
  matches: readonly PhraseMatch[],
  kb: CompiledKnowledge,
  scope: Scope,
  n: number,
  i: number,
  id: string,
  unit: string,
): boolean {
  let clauseStart = 0;
  let clauseEnd = n;
  for (const c of scope.clauses)
    if (c.start <= i && i < c.end) {
      clauseStart = c.start;
      clauseEnd = c.end;
      break;
    }
  for (const m of matches)
    if (
      m.start < clauseEnd &&
      m.end > clauseStart &&
      (m.phrase.id === id || kb.attributes.get(m.phrase.id)?.unit === unit)
    )
      return true;
  for (const m of matches) if (m.start <= i + 1 && i < m.end) return true;
  return false;
}

type KnowledgeAttribute = CompiledKnowledge['kb']['attributes'][number];
type MarkedBy = 'acrossPlaces' | 'namedByIdentity' | 'namedByCount' | 'namedByMultiple';
const marked = new WeakMap<CompiledKnowledge, Record<MarkedBy, KnowledgeAttribute[]>>();

/** The claimable attributes the content marks as named by how a sentence is built (computed once per base). */
function markedAttributes(kb: CompiledKnowledge): Record<MarkedBy, KnowledgeAttribute[]> {
  let found = marked.get(kb);
  if (found === undefined) {
    const claimable = kb.kb.attributes.filter((a) => kb.claimable.has(a.id));
    found = {
      acrossPlaces: claimable.filter((a) => a.acrossPlaces === true),
      namedByIdentity: claimable.filter((a) => a.namedByIdentity === true),
      namedByCount: claimable.filter((a) => a.namedByCount !== undefined),
      namedByMultiple: claimable.filter((a) => a.namedByMultiple === true && a.requires.length > 0),
    };
    marked.set(kb, found);
  }
  return found;
}

/** Verbs by which one thing reaches another: "the ALB can invoke / hit / use / fail over to the functions …". */
const REACHING_VERBS = new Set(
  [
    'invoke',
    'call',
    'hit',
    'target',
    'reach',
    'route',
    'forward',
    'send',
    'point',
    'list',
    'use',
    'register',
    'trigger',
    'fail',
  ].flatMap((v) => [v, `${v}s`, `${v.replace(/e$/, '')}ing`, `${v.replace(/e$/, '')}ed`]),
);

/** A comparison ("cheaper", "stays below") lies in [from, to): what follows it is its standard. */
function comparedBetween(kb: CompiledKnowledge, attributes: readonly PhraseMatch[], from: number, to: number): boolean {
  for (const o of attributes)
    if (o.start >= from && o.end <= to && kb.attributes.get(o.phrase.id)?.comparative === true) return true;
  return false;
}

const PLACING_PREPOSITIONS = new Set(['in', 'inside', 'within']);

/**
 * "API Gateway can reach services inside the VPC": a place named after what the subject reaches is where that
 * thing is, not where the subject is.
 */
function placesWhatItReaches(tokens: readonly Token[], a: PhraseMatch, subject: Mention): boolean {
  if (!PLACING_PREPOSITIONS.has(tokens[a.start]?.word ?? '') || subject.end > a.start) return false;
  for (let k = subject.end; k < a.start; k++) if (REACHING_VERBS.has(tokens[k]?.word ?? '')) return true;
  return false;
}

/**
 * "the us-east-1 ALB can invoke the functions in us-west-2", "the recovery account's ALB lists the production account's
 * Lambda functions as targets": an attribute the content marks `acrossPlaces` is named by a subject reaching one of
 * the attribute's objects placed elsewhere, with no words of its own. The synthetic match sits on the verb, where a
 * negation before it ("can't invoke …") denies it. A subject named without a place takes the place it was given
 * earlier in the sentence ("I'd create an ALB in the second Region, and … the ALB can invoke …").
 */
function withPlacesApart(
  tokens: readonly Token[],
  kb: CompiledKnowledge,
  scope: Scope,
  entities: readonly PhraseMatch[],
  matches: PhraseMatch[],
): PhraseMatch[] {
  if (entities.length < 2) return matches;
  let out = matches;
  for (const attribute of markedAttributes(kb).acrossPlaces) {
    const objects = attribute.objects ?? [];
    const isObject = (e: PhraseMatch): boolean => objects.some((o) => isA(kb, e.phrase.id, o));
    const placeOf = (e: PhraseMatch): Place | null => {
      const own = findPlace(tokens, e.start, e.end);
      if (own !== null) return own;
      for (const earlier of entities)
        if (earlier.start < e.start && earlier.phrase.id === e.phrase.id) {
          const p = findPlace(tokens, earlier.start, earlier.end);
          if (p !== null) return p;
        }
      return null;
    };
    for (const object of entities) {
      if (!isObject(object)) continue;
      const clause = scope.clauses.find((c) => c.start <= object.start && object.start < c.end);
      if (
        clause === undefined ||
        out.some((m) => m.phrase.id === attribute.id && m.start >= clause.start && m.start < clause.end)
      )
        continue;
      const subject = entities.findLast((e) => e.end <= object.start && e.start >= clause.start && !isObject(e));
      if (subject === undefined) continue;
      let verb = -1;
      for (let k = subject.end; k < object.start && verb < 0; k++)
        if (REACHING_VERBS.has(tokens[k]?.word ?? '')) verb = k;
      if (verb < 0 || !unbrokenBetween(tokens, subject.end, object.start + 1)) continue;
      const [here, there] = [placeOf(subject), findPlace(tokens, object.start, object.end)];
      if (here === null || there === null || !placesApart(here, there)) continue;
      out = withInferredAttribute(out, attribute.id, verb);
    }
  }
  return out;
}

const namedIds = new WeakMap<CompiledKnowledge, Map<string, string | null>>();

/** The attribute the content names by exactly these words ("no matter what", "the better choice"), if any. */
function attributeNamedBy(kb: CompiledKnowledge, words: string): string | null {
  let ids = namedIds.get(kb);
  if (ids === undefined) {
    ids = new Map();
    namedIds.set(kb, ids);
  }
  let id = ids.get(words);
  if (id === undefined) {
    const tokens = tokenizeText(normalizeText(words));
    id =
      matchPhrases(tokens, kb.attributeTrie).find((m) => m.start === 0 && m.end === tokens.length)?.phrase.id ?? null;
    ids.set(words, id);
  }
  return id;
}

/** The attribute the content names by "no matter what" (an unconditional claim), if any. */
function unconditionalAttribute(kb: CompiledKnowledge): string | null {
  return attributeNamedBy(kb, 'no matter what');
}

const REFLEXIVES = new Set(['itself', 'themselves', 'ourselves', 'yourself', 'yourselves']);
const OWNERS_OF_OWN = new Set(['its', 'their', 'our', 'your']);
/** Words from an attribute to the reflexive that says who does it ("check tokens in every pod themselves"). */
const REFLEXIVE_REACH = 4;
/** What the work is added to, not moved from: "each service also validates the token itself, as defence in depth". */
const ADDITIVE = new Set(['also', 'still', 'too', 'additionally', 'again', 'depth']);
/** …or what the front does only when set up ("only if you configure it on the listener, so a bare rule leaves …"). */
const SET_UP = new Set(['if', 'unless', 'until', 'configure', 'configured', 'bare', 'default']);

/** The attribute at `a` is done by its actor for itself: "validate JWTs itself", "its own token-checking middleware". */
function doneItself(tokens: readonly Token[], a: TokenRange): boolean {
  for (let k = a.end; k < a.end + REFLEXIVE_REACH && k < tokens.length; k++) {
    if (tokens[k]?.breakBefore !== 'none') break;
    if (REFLEXIVES.has(tokens[k]?.word ?? '')) return true;
  }
  // "its own JWT validation", "its own token-checking middleware" (one word between "own" and the attribute at most)
  for (let k = a.start - 1; k >= Math.max(1, a.start - 2); k--)
    if (tokens[k]?.word === 'own' && OWNERS_OF_OWN.has(tokens[k - 1]?.word ?? '')) return true;
  return false;
}

const DISTRIBUTIVES = new Set(['every', 'each']);
/** The last "every" / "each" before `end`, or -1. */
function lastDistributive(tokens: readonly Token[], end: number): number {
  for (let k = end - 1; k >= 0; k--) if (DISTRIBUTIVES.has(tokens[k]?.word ?? '')) return k;
  return -1;
}

/**
 * "With an ALB in front, every service would need its own JWT validation", "every pod has to check tokens itself":
 * what the things behind must do for themselves, the thing in front of them does not do. A claim that the work is
 * done "itself" / with "its own" means, by something the base knows nothing of for that attribute (a service, a pod),
 * becomes the denial of it for the one thing named in the sentence that the base does describe — not when the work
 * is added to what the front already does ("also", "still", "defence in depth"). Rewrites `claims` in place.
 */
function delegate(
  tokens: readonly Token[],
  kb: CompiledKnowledge,
  claims: Claim[],
  mentions: readonly Mention[],
): void {
  if (!tokens.some((t) => REFLEXIVES.has(t.word) || t.word === 'own')) return;
  if (tokens.some((t) => ADDITIVE.has(t.word) || SET_UP.has(t.word))) return;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    // (a phrase of its own, not one word that names the attribute in passing: "accept the long path itself")
    if (c === undefined || !c.holds || c.rhetorical === true || c.at.end - c.at.start < 2) continue;
    if (!doneItself(tokens, c.at)) continue;
    const described = (id: string | null): boolean => id !== null && kb.facts.has(`${id}/${c.attribute}`);
    // the actor is something the base does not describe: a claim already of a described thing ("the ALB can verify
    // JWTs itself") stays, unless "every …" / "each …" names another actor after it ("…, every service would need …")
    const actor = lastDistributive(tokens, c.at.start);
    const actorNamed =
      actor >= 0 && !mentions.some((m) => m.pronoun !== true && m.start > actor && m.start < c.at.start);
    // "every service would need its own …": the "its" is the actor's, whatever it was resolved to
    const actorsOwn =
      tokens[c.entityAt.end]?.word === 'own' && mentions.some((m) => m.pronoun && m.start === c.entityAt.start);
    if (actorsOwn ? !actorNamed : described(c.entity) && !(actor > c.entityAt.end && actorNamed)) continue;
    const fronts = [...new Set(mentions.filter((m) => described(m.id) && m.start < c.at.start).map((m) => m.id))];
    const front = described(c.entity) && !actorsOwn ? c.entity : fronts.length === 1 ? fronts[0] : undefined;
    if (front === undefined || front === null) continue;
    claims[i] = new ClaimRecord({ ...c, entity: front, entityIsObject: false, entityPreposition: null, holds: false });
  }
}

/** After "why": what makes the question rhetorical ("why would we …", "why bother with …", "why pay …"). */
const RHETORICAL_AFTER_WHY = new Set(['would', 'should', 'bother', 'pay', 'spend']);
const PAYING = new Set(['pay', 'pays', 'paying', 'spend', 'spending']);

/**
 * "Why would we run an ALB when API Gateway is serverless?", "Why pay for a load balancer around the clock when
 * API Gateway only bills the calls we make?": a rhetorical why-question against one thing, with a premise about
 * another, says that other thing is the better choice (the cheaper one, when the question is about paying) for the
 * premise's reasons. The attribute is the one the content names "the better choice" ("cheaper").
 */
function rhetoricalChoice(
  tokens: readonly Token[],
  kb: CompiledKnowledge,
  sentence: number,
  premiseStart: number,
  mentions: readonly Mention[],
  attributeMatches: readonly PhraseMatch[],
): Claim | null {
  if (premiseStart <= 0) return null;
  const why = tokens.findIndex((t, i) => i < premiseStart && t.word === 'why');
  if (why < 0 || !RHETORICAL_AFTER_WHY.has(tokens[why + 1]?.word ?? '')) return null;
  const against = mentions.filter((m) => m.start > why && m.end <= premiseStart && m.pronoun !== true);
  const other = mentions.find(
    (m) =>
      m.start > premiseStart &&
      m.pronoun !== true &&
      // (what the question is against may go unnamed: "why would we pick the box with servers behind it when …")
      !against.some((e) => isA(kb, e.id, m.id) || isA(kb, m.id, e.id)),
  );
  if (other === undefined) return null;
  const paying = tokens.some((t, i) => i > why && i < premiseStart && PAYING.has(t.word));
  const attribute = attributeNamedBy(kb, paying ? 'cheaper' : 'better choice');
  if (attribute === null) return null;
  return new ClaimRecord({
    sentence,
    entity: other.id,
    entityIsObject: false,
    entityPreposition: null,
    attribute,
    at: { start: why, end: why + 1 },
    entityAt: { start: other.start, end: other.end },
    holds: true,
    value: null,
    maximum: false,
    modality: 'asserted',
    clause: { start: 0, end: tokens.length },
    clauseAttributes: new Set(attributeMatches.map((m) => m.phrase.id)),
    rhetorical: true,
  });
}

const FREE_CHOICE = new Set(['however', 'whatever', 'whichever', 'regardless']);
/** Subjects a mid-clause free-choice word takes ("… whatever you do"); as a determiner it takes a noun. */
const FREE_CHOICE_SUBJECTS = new Set(['we', 'you', 'they', 'i', 'anyone', 'anybody', 'one', 'it', 'the']);

/**
 * A phrase opened by a free-choice word ("…, however the traffic ends up looking", "whatever we pick, …", "no matter
 * how …"): what its clause says holds in every case. Not the contrastive "However, …".
 */
function freeChoiceAt(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next === undefined || next.breakBefore !== 'none') return false;
  const w = tokens[k]?.word ?? '';
  // mid-clause only with a subject of its own ("… at 29 s whatever you do", "… however we configure it"), not as a
  // determiner ("whatever protocol you need")
  if (k > 0 && tokens[k]?.breakBefore === 'none' && !FREE_CHOICE_SUBJECTS.has(next.word)) return false;
  return FREE_CHOICE.has(w) || (w === 'no' && next.word === 'matter');
}

const CHOOSING = new Set([
  'choose',
  'chose',
  'choosing',
  'pick',
  'picks',
  'picking',
  'decide',
  'decides',
  'select',
  'go',
]);
/** Words of a free-choice phrase read for a verb of choosing. */
const CHOOSING_REACH = 5;

/** "Whatever we end up choosing, …": a free choice over the decision, not over the circumstances. */
function choosingWithin(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + CHOOSING_REACH && j < tokens.length; j++) {
    if (tokens[j]?.breakBefore !== 'none') return false;
    if (CHOOSING.has(tokens[j]?.word ?? '')) return true;
  }
  return false;
}

/** Words a "never" may stand from the comparative it denies ("can never end up costing more"). */
const NEVER_REACH = 4;

/**
 * The clause is said to hold in every case: a free-choice phrase in it or right after it, or a comparison denied
 * with "never" ("the gateway can never end up costing more": cheaper every time; "never slower").
 */
function unconditional(
  tokens: readonly Token[],
  kb: CompiledKnowledge,
  clause: TokenRange,
  attributes: readonly PhraseMatch[],
  negations: readonly PhraseMatch[],
): boolean {
  for (let k = clause.start; k <= clause.end && k < tokens.length; k++)
    if (freeChoiceAt(tokens, k) && !choosingWithin(tokens, k)) return true;
  return attributes.some(
    (m) =>
      m.start >= clause.start &&
      m.start < clause.end &&
      // "never slower", "never more expensive": the content's own phrase carries the "never"
      (tokens[m.start]?.word === 'never' ||
        (m.phrase.kind === 'attribute-negative' &&
          kb.attributes.get(m.phrase.id)?.comparative === true &&
          negations.some((c) => c.phrase.id === 'never' && c.end <= m.start && m.start - c.end <= NEVER_REACH))),
  );
}

/** Prepositions by which "nothing …" is restricted to a place: "nothing on the gateway side", "nothing behind API Gateway". */
const RESTRICTING = new Set(['on', 'behind', 'through', 'in', 'at', 'via']);
const NOTHING_SUBJECTS = new Set(['nothing', 'nobody']);

/** What "nothing on X" may be said to do: be able to ("can", "will ever"), not need or happen to ("needs to", "runs"). */
const CAPABILITY_MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'ever']);

/**
 * "Nothing behind API Gateway can run past 29 s", "since nothing on the gateway side can …": a negative quantifier
 * restricted to a thing, with what it is able to do, opens its clause; the claim is that thing's, and the
 * quantifier's "nothing" denies it ("nothing in our setup runs past 29 s" describes the workload).
 */
function restrictsNothing(tokens: readonly Token[], start: number, end: number): boolean {
  const verb = tokens[end]?.word === 'side' ? end + 1 : end;
  if (!CAPABILITY_MODALS.has(tokens[verb]?.word ?? '')) return false;
  let k = start - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k]?.word ?? '')) k--;
  if (!RESTRICTING.has(tokens[k]?.word ?? '') || !unbrokenBetween(tokens, k, start + 1)) return false;
  const q = k - 1;
  if (!NOTHING_SUBJECTS.has(tokens[q]?.word ?? '') || tokens[k]?.breakBefore !== 'none') return false;
  // at the head of its clause, or after the word that opens it ("since nothing …", "so nothing …")
  return q === 0 || tokens[q]?.breakBefore !== 'none' || CLAUSE_OPENERS.has(tokens[q - 1]?.word ?? '');
}

/** Words after a "that" / "this" that make it stand for what was just said ("that alone", "this settles it"). */
const PROPOSITION_FOLLOWERS = new Set([
  'alone',
  'by',
  'is',
  's',
  'was',
  'settles',
  'tips',
  'decides',
  'seals',
  'clinches',
  'makes',
  'means',
  'basically',
  'really',
  'pretty',
  'already',
  'just',
]);
/** Words a clause may open with before its demonstrative ("for me that alone settles it"). */
const DEMONSTRATIVE_LEAD = 3;

/** The clause opens with a "that" / "this" standing for what was said before it. */
function opensWithDemonstrative(tokens: readonly Token[], clause: TokenRange): boolean {
  for (let k = clause.start; k < clause.start + DEMONSTRATIVE_LEAD && k < clause.end; k++) {
    const w = tokens[k]?.word ?? '';
    if ((w === 'that' || w === 'this') && PROPOSITION_FOLLOWERS.has(tokens[k + 1]?.word ?? '')) return true;
    if (k > clause.start && tokens[k]?.breakBefore !== 'none') return false;
  }
  return false;
}

/** Words between a copula and the thing the subject is said to be ("is basically the REST API"). */
const IDENTITY_HEDGES = new Set([
  'basically',
  'just',
  'essentially',
  'really',
  'simply',
  'effectively',
  'literally',
  'only',
  'still',
  // "an HTTP API is the same REST API at a third of the price"
  'same',
]);
/** Verbs that name a thing as another: "people describe the HTTP API as REST for a third of the price". */
const NAMING_VERBS = new Set(
  ['describe', 'call', 'pitch', 'sell', 'market', 'bill', 'treat', 'see', 'view', 'present', 'position', 'advertise']
    .flatMap((v) => [v, `${v}s`, `${v}es`, `${v}d`, `${v}ed`])
    .concat(['sold', 'seen']),
);
/** What may follow that thing: a qualifier ("at a third of the price", "with the fat trimmed off") or nothing. */
const IDENTITY_TAILS = new Set(['at', 'for', 'with', 'but', 'just', 'only', 'on', 'in', 'and']);

/**
 * "The HTTP API is basically the REST API at a third of the price": an attribute the content marks `namedByIdentity`
 * is named by a copula that calls the subject one of the attribute's objects. The synthetic match sits on the object,
 * where a negation before it ("is not the REST API") denies it.
 */
function withIdentities(
  tokens: readonly Token[],
  kb: CompiledKnowledge,
  entities: readonly PhraseMatch[],
  matches: PhraseMatch[],
): PhraseMatch[] {
  if (entities.length < 2) return matches;
  let out = matches;
  for (const attribute of markedAttributes(kb).namedByIdentity) {
    const objects = attribute.objects ?? [];
    for (const object of entities) {
      if (
        !objects.some((o) => isA(kb, object.phrase.id, o)) ||
        out.some((m) => m.start <= object.start && object.end <= m.end)
      )
        continue;
      let k = object.start - 1;
      while (k >= 0 && (ARTICLES.has(tokens[k]?.word ?? '') || IDENTITY_HEDGES.has(tokens[k]?.word ?? ''))) k--;
      const link = tokens[k]?.word ?? '';
      if (!(COPULAS.has(link) || link === 'as') || !unbrokenBetween(tokens, k, object.start + 1)) continue;
      const other = (e: PhraseMatch): boolean => !objects.some((o) => isA(kb, e.phrase.id, o));
      const subject =
        link === 'as'
          ? // "describe the HTTP API as REST …": named so by a verb of naming before it
            entities.find((e) => e.end === k && other(e) && namedBefore(tokens, e.start))
          : (entities.find((e) => e.end === k && other(e)) ??
            // "the HTTP API flavour, which is really just the REST API …": the relative stands for what it follows
            (RELATIVES.has(tokens[k - 1]?.word ?? '')
              ? entities.find((e) => other(e) && (e.end === k - 1 || e.end === k - 2))
              : undefined));
      const tail = tokens[object.end];
      const qualified = tail === undefined || tail.breakBefore !== 'none' || IDENTITY_TAILS.has(tail.word);
      if (subject === undefined || !qualified) continue;
      out = withInferredAttribute(out, attribute.id, object.start, object.end);
    }
  }
  return out;
}

/** A verb of naming stands before `start`, past its articles ("describe the …", "call an …"). */
function namedBefore(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && ARTICLES.has(tokens[k]?.word ?? '')) k--;
  return NAMING_VERBS.has(tokens[k]?.word ?? '');
}

/** Words from "same" to the "as" that names what a thing is compared with ("the same throttling, usage plans and keys as"). */
const EQUALITY_REACH = 8;

/**
 * "HTTP API: the same usage plans and throttling as REST at a third of the price": an equality with one of the
 * objects of an attribute the content marks `namedByIdentity` names that attribute when what is said to be the same
 * is something the base says that object has (ADR 034, session 13). The synthetic match sits on "same", where a
 * negation before it ("not the same features as REST") denies it.
 */
function withEqualities(
  tokens: readonly Token[],
  kb: CompiledKnowledge,
  entities: readonly PhraseMatch[],
  matches: PhraseMatch[],
): PhraseMatch[] {
  let out = matches;
  for (const attribute of markedAttributes(kb).namedByIdentity) {
    const objects = attribute.objects ?? [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]?.word !== 'same' || namesAt(out, attribute.id, i)) continue;
      let as = i + 1;
      while (
        as < tokens.length &&
        as - i <= EQUALITY_REACH &&
        tokens[as]?.word !== 'as' &&
        tokens[as]?.breakBefore !== 'strong'
      )
        as++;
      if (tokens[as]?.word !== 'as' || tokens[as]?.breakBefore !== 'none') continue;
      let k = as + 1;
      while (ARTICLES.has(tokens[k]?.word ?? '')) k++;
      const object = entities.find((e) => e.start === k && objects.some((o) => isA(kb, e.phrase.id, o)));
      if (object === undefined) continue;
      const shared = out.some(
        (m) => m.start > i && m.end <= as && kb.facts.get(`${object.phrase.id}/${m.phrase.id}`)?.holds === true,
      );
      if (!shared) continue;
      out = withInferredAttribute(out, attribute.id, i);
    }
  }
  return out;
}

const QUANTIFIERS = new Set(['per', 'each', 'every', 'all']);
const countedNouns = new WeakMap<CompiledKnowledge, Map<string, Set<string>>>();

/**
 * The stems of what an attribute's aliases count: a one-word alias, or the noun after a quantifier ("per partner",
 * "each tenant"); not a modifier ("tenant count"). Computed once per base.
 */
function nounsCountedBy(kb: CompiledKnowledge, id: string): Set<string> {
  let byAttribute = countedNouns.get(kb);
  if (byAttribute === undefined) countedNouns.set(kb, (byAttribute = new Map()));
  let nouns = byAttribute.get(id);
  if (nouns === undefined) {
    nouns = new Set();
    for (const alias of kb.attributes.get(id)?.aliases ?? []) {
      const words = tokenizeText(normalizeText(alias));
      const head =
        words.length === 1
          ? words[0]
          : words.length === 2 && QUANTIFIERS.has(words[0]?.word ?? '')
            ? words[1]
            : undefined;
      if (head !== undefined) nouns.add(head.stem);
    }
    byAttribute.set(id, nouns);
  }
  return nouns;
}

/** The token is one of `nouns`, in the singular or the plural ("APIs", whose stem keeps its "s"). */
function countsNoun(nouns: ReadonlySet<string>, t: Token | undefined): boolean {
  return t !== undefined && (nouns.has(t.stem) || (t.word.endsWith('s') && nouns.has(stemWord(t.word.slice(0, -1)))));
}

/**
 * "each of the 200 partners gets its own host rule on the shared ALB": an attribute the content marks `namedByCount`
 * is named by a count above its limit of what the attribute it counts in names ("200 partners", not "500 rps" or
 * "100k a month") in a clause that names that attribute (ADR 034, session 13). The synthetic match sits on the number.
 */
function withCounts(
  tokens: readonly Token[],
  kb: CompiledKnowledge,
  scope: Scope,
  matches: PhraseMatch[],
): PhraseMatch[] {
  let out = matches;
  for (const attribute of markedAttributes(kb).namedByCount) {
    const count = attribute.namedByCount;
    if (count === undefined || !out.some((m) => m.phrase.id === count.in)) continue;
    for (const clause of scope.clauses) {
      const inClause = (m: PhraseMatch, id: string): boolean =>
        m.phrase.id === id && m.start >= clause.start && m.start < clause.end;
      if (!out.some((m) => inClause(m, count.in)) || out.some((m) => inClause(m, attribute.id))) continue;
      for (let i = clause.start; i < clause.end; i++) {
        const w = tokens[i]?.word ?? '';
        const noun = tokens[i + 1];
        if (!NUMBER.test(w) || Number(w) <= count.above || noun === undefined || noun.breakBefore !== 'none') continue;
        if (!countsNoun(nounsCountedBy(kb, count.in), noun)) continue;
        out = withInferredAttribute(out, attribute.id, i);
        break;
      }
    }
  }
  return out;
}

/** Adverbs that soften an answer word without making it a clause ("Not really,", "Not quite,", "Not at all,"). */
const ANSWER_ADVERBS = new Set(['really', 'quite', 'exactly', 'at', 'all', 'necessarily', 'always', 'so', 'much']);

/**
 * "Not really, it only matches on the path": a negation opening the sentence with nothing but softening adverbs before
 * its comma is an answer, like a bare "No,"; it denies nothing after the comma (ADR 034, session 13).
 */
function hedgedAnswer(tokens: readonly Token[], c: PhraseMatch): boolean {
  if (c.start !== 0) return false;
  let k = c.end;
  while (k < tokens.length && tokens[k]?.breakBefore === 'none' && ANSWER_ADVERBS.has(tokens[k]?.word ?? '')) k++;
  return k > c.end && tokens[k]?.breakBefore === 'comma';
}

const DEMONSTRATIVE_DETERMINERS = new Set(['that', 'this', 'those', 'these']);

/**
 * "Can the export run behind API Gateway? Not if it takes longer than 29 seconds, that ceiling is fixed": an attribute
 * named with a demonstrative ("that ceiling", "this limit") and no subject of its own is the one of the thing talked
 * about — the last thing named before it in the sentence, else the previous sentence's subject (ADR 034, session 13).
 */
function demonstrativeReferent(
  tokens: readonly Token[],
  a: PhraseMatch,
  subjects: readonly Mention[],
  previous: string | null,
  attributes: readonly PhraseMatch[],
): Mention | undefined {
  if (!DEMONSTRATIVE_DETERMINERS.has(tokens[a.start - 1]?.word ?? '') || tokens[a.start]?.breakBefore !== 'none')
    return undefined;
  // "that ceiling can be raised": a phrase that also says the opposite of the attribute is read no further
  let from = a.start - 1;
  while (from > 0 && tokens[from]?.breakBefore === 'none') from--;
  let to = a.end;
  while (to < tokens.length && tokens[to]?.breakBefore === 'none') to++;
  if (
    attributes.some(
      (o) => o.phrase.id === a.phrase.id && o.phrase.kind !== a.phrase.kind && o.start >= from && o.start < to,
    )
  )
    return undefined;
  const before = subjects.findLast((m) => m.end <= a.start - 1 && m.pronoun !== true);
  const id = before?.id ?? previous;
  return id === null ? undefined : new MentionRecord(id, a.start, a.start, false, false, null, { pronoun: true });
}

const COUNT_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/**
 * "our 3 APIs each have 10k rps, so we're good up to 30k": an attribute the content marks `namedByMultiple` is named by
 * a number that is a count stated in the sentence (2 or more of what the attribute's aliases count: "3 APIs") times a
 * value the base gives the attribute it requires, in a sentence that states that attribute's quantity (ADR 034, session 13). The synthetic match sits on the
 * product.
 */
function withMultiples(tokens: readonly Token[], kb: CompiledKnowledge, matches: PhraseMatch[]): PhraseMatch[] {
  let out = matches;
  for (const attribute of markedAttributes(kb).namedByMultiple) {
    if (out.some((m) => m.phrase.id === attribute.id)) continue;
    const owned = ownedQuota(tokens, kb, attribute);
    if (owned >= 0) {
      out = withInferredAttribute(out, attribute.id, owned);
      continue;
    }
    // only a sentence that names the quota it multiplies ("10k rps", "the throttle")
    if (!out.some((m) => attribute.requires.includes(m.phrase.id))) continue;
    // a count of what the attribute says each one has its own of ("3 APIs", "three separate APIs")
    const counts: number[] = [];
    for (let k = 0; k + 1 < tokens.length; k++) {
      const w = tokens[k]?.word ?? '';
      const n = COUNT_WORDS[w] ?? (isNumber(w) ? Number(w) : undefined);
      if (n === undefined || n < 2) continue;
      const nouns = nounsCountedBy(kb, attribute.id);
      for (let j = k + 1; j <= k + 2 && j < tokens.length && tokens[j]?.breakBefore === 'none'; j++)
        if (countsNoun(nouns, tokens[j])) counts.push(n);
    }
    if (counts.length === 0) continue;
    const units = attribute.requires.flatMap((r) => kb.attributes.get(r)?.unit ?? []);
    if (!units.some((u) => quantityInUnitIn(tokens, 0, tokens.length, u))) continue;
    const values = kb.kb.facts.filter((f) => attribute.requires.includes(f.attribute)).flatMap((f) => f.values ?? []);
    const product = tokens.findIndex(
      (t) => NUMBER.test(t.word) && counts.some((c) => values.some((v) => v > 0 && c * v === Number(t.word))),
    );
    if (product < 0) continue;
    out = withInferredAttribute(out, attribute.id, product);
  }
  return out;
}

const requiredValueCache = new WeakMap<CompiledKnowledge, Map<string, number[]>>();

/** The values the base gives the attributes `attribute` requires ("10,000" for the per-API quota's throttle). */
function requiredValues(kb: CompiledKnowledge, attribute: KnowledgeAttribute): number[] {
  let byId = requiredValueCache.get(kb);
  if (byId === undefined) requiredValueCache.set(kb, (byId = new Map()));
  let values = byId.get(attribute.id);
  if (values === undefined) {
    values = kb.kb.facts.filter((f) => attribute.requires.includes(f.attribute)).flatMap((f) => f.values ?? []);
    byId.set(attribute.id, values);
  }
  return values;
}

/** Words that give a quantity to each one of the things it is said of ("its own 10,000", "a separate 10,000 rps"). */
const OWNING = new Set(['own', 'separate', 'dedicated', 'fresh']);

/**
 * "each API comes with its own 10,000 rps", "a 10,000 rps allowance of its own": the very value the base gives the
 * quota a `namedByMultiple` attribute requires, said to be each one's own, in a sentence that names what the attribute
 * counts ("API"), names the per-thing quota (ADR 034, session 14). Returns the number's token, or -1.
 */
function ownedQuota(tokens: readonly Token[], kb: CompiledKnowledge, attribute: KnowledgeAttribute): number {
  const nouns = nounsCountedBy(kb, attribute.id);
  if (!tokens.some((t) => countsNoun(nouns, t))) return -1;
  const values = requiredValues(kb, attribute);
  return tokens.findIndex((t, i) => {
    if (!NUMBER.test(t.word) || !values.includes(Number(t.word))) return false;
    // "its own 10,000", "a separate 10,000": an owning word right before the number (or its article)
    for (let k = i - 1; k >= i - 2 && k >= 0; k--) {
      if (OWNING.has(tokens[k]?.word ?? '')) return true;
      if (tokens[k]?.breakBefore !== 'none' && k < i - 1) break;
    }
    // "… allowance of its own": "of its / their own" within the number's phrase
    for (let k = i + 1; k + 2 < tokens.length && k <= i + 5 && tokens[k]?.breakBefore === 'none'; k++)
      if (
        tokens[k]?.word === 'of' &&
        ['its', 'their'].includes(tokens[k + 1]?.word ?? '') &&
        tokens[k + 2]?.word === 'own' &&
        tokens[k + 1]?.breakBefore === 'none' &&
        tokens[k + 2]?.breakBefore === 'none'
      )
        return true;
    return false;
  });
}

const oneWordAliases = new WeakMap<CompiledKnowledge, Map<string, string[]>>();

/** Claimable attributes by the stem of each of their one-word aliases (computed once per base). */
function attributesByStem(kb: CompiledKnowledge): Map<string, string[]> {
  let found = oneWordAliases.get(kb);
  if (found === undefined) {
    found = new Map();
    for (const a of kb.kb.attributes) {
      if (!kb.claimable.has(a.id)) continue;
      for (const alias of a.aliases) {
        const words = tokenizeText(normalizeText(alias));
        const stem = words.length === 1 ? words[0]?.stem : undefined;
        if (stem === undefined) continue;
        const ids = found.get(stem) ?? [];
        if (!ids.includes(a.id)) found.set(stem, [...ids, a.id]);
      }
    }
    oneWordAliases.set(kb, found);
  }
  return found;
}

/**
 * "hands every request to the pods unauthenticated": "un-" before a one-word alias of an attribute denies it by itself,
 * like a negative alias (ADR 034, session 13).
 */
function withPrivatives(tokens: readonly Token[], kb: CompiledKnowledge, matches: PhraseMatch[]): PhraseMatch[] {
  let out = matches;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.word ?? '';
    if (!w.startsWith('un') || w.length < 6 || coversToken(out, i)) continue;
    for (const id of attributesByStem(kb).get(stemWord(w.slice(2))) ?? []) {
      out = withInferredAttribute(out, id, i, i + 1, 'attribute-negative');
    }
  }
  return out;
}

/** Restrictions to the thing itself ("on its own", "by itself"): not a setup it needs. */
const SELF_RESTRICTIONS: ReadonlySet<string> = new Set(['on its own', 'by itself', 'natively', 'alone']);

/**
 * The subject a clause after a colon elaborates on, for an attribute at `at` with no entity before it in the clause:
 * the first non-object entity of the clause before the colon, when that clause denies nothing.
 */
function elaborated(
  tokens: readonly Token[],
  scope: Scope,
  clause: TokenRange,
  at: number,
  subjects: readonly Mention[],
  negations: readonly PhraseMatch[],
): Mention | undefined {
  if (!fragmentAfterColon(tokens, clause, at, subjects)) return undefined;
  // "…: the token authenticates, the key meters": a clause with a subject noun of its own is no fragment
  if (
    at === clause.start + 2 &&
    ARTICLES.has(tokens[clause.start]?.word ?? '') &&
    unbrokenBetween(tokens, clause.start + 1, at + 1)
  )
    return undefined;
  const before = clauseBefore(scope, clause);

  // "HTTP APIs lack: WAF, usage plans …": a colon that lists what a denial denies is no new claim of the subject
  if (before === undefined || negations.some((c) => c.start >= before.start && c.start < before.end)) return undefined;
  return (
    subjects.find((m) => m.start >= before.start && m.end <= before.end && !m.object && m.pronoun !== true) ??
    labelled(tokens, subjects, before)
  );
}

/** The clause opens after a colon and names no entity before the attribute at `at`. */
function fragmentAfterColon(
  tokens: readonly Token[],
  clause: TokenRange,
  at: number,
  subjects: readonly Mention[],
): boolean {
  return tokens[clause.start]?.punctBefore === ':' && !subjects.some((m) => m.start >= clause.start && m.start < at);
}

/** The clause before `clause` in its sentence, if any. */
function clauseBefore(scope: Scope, clause: TokenRange): TokenRange | undefined {
  return scope.clauses[scope.clauses.findIndex((c) => c.start === clause.start) - 1];
}

/**
 * "REST API (not HTTP API: no usage plans, no WAF there)": a fragment after a colon whose clause before it is a
 * denied thing alone ("not HTTP API", "not the ALB") says what that thing has or lacks — it, not the sentence's topic.
 */
function deniedLabel(
  tokens: readonly Token[],
  scope: Scope,
  clause: TokenRange,
  at: number,
  subjects: readonly Mention[],
): Mention | undefined {
  if (!fragmentAfterColon(tokens, clause, at, subjects)) return undefined;
  // "(not HTTP API: we need usage plans)": a reason with someone acting in it is no list of the thing's features
  if (personalBetween(tokens, clause.start, at)) return undefined;
  const before = clauseBefore(scope, clause);
  if (before === undefined) return undefined;
  const label = subjects.find((m) => m.denied && m.end === before.end && m.pronoun !== true);
  if (label === undefined || !everyTokenIn(tokens, before.start, label.start, isDeterminerOrNot)) return undefined;
  return new MentionRecord(label.id, label.start, label.end, false, false, null, { universal: label.universal });
}

function isDeterminerOrNot(t: Token): boolean {
  return t.word === 'not' || isDeterminer(t);
}

/** Longest label, in words, before a colon ("Pro of switching to an HTTP API"). */
const LABEL_WORDS = 8;

/**
 * "Pro of switching to an HTTP API: the same features …": a label before a colon that names one thing only, even as
 * an object, is what the fragment after the colon is about (ADR 034, session 13). A clause with someone acting in it
 * ("When services sit behind an ALB and you need …:") is no label.
 */
function labelled(tokens: readonly Token[], subjects: readonly Mention[], label: TokenRange): Mention | undefined {
  if (label.end - label.start > LABEL_WORDS || personalBetween(tokens, label.start, label.end)) return undefined;
  const named = subjects.filter((m) => m.start >= label.start && m.end <= label.end && m.pronoun !== true);
  const only = named[0];
  if (only === undefined || named.some((m) => m.id !== only.id)) return undefined;
  return new MentionRecord(only.id, only.start, only.end, false, only.denied, null, { universal: only.universal });
}

/** Nouns whose modifier names what they were taken from, not what they are ("an Aurora snapshot"). */
const COPY_NOUNS = new Set(['snapshot', 'snapshots', 'backup', 'backups', 'export', 'exports', 'dump', 'dumps']);

const POSSESSIVE_DETERMINERS = new Set(['the', 'its', 'our', 'their', 'your', 'my', 'an', 'a']);

/**
 * A one-word qualifier (an attribute that only qualifies a clause, such as "only") that modifies the noun after
 * it qualifies that noun, not the clause: "only API Gateway can …" singles out an entity, "the only path for
 * ALBs" is the one way.
 */
function modifiesNoun(
  m: PhraseMatch,
  tokens: readonly Token[],
  entities: readonly PhraseMatch[],
  attributes: readonly PhraseMatch[],
  kb: CompiledKnowledge,
): boolean {
  if (kb.claimable.has(m.phrase.id) || tokens[m.end]?.breakBefore !== 'none' || m.end - m.start !== 1) return false;
  let k = m.end;
  while (k < tokens.length && ARTICLES.has(tokens[k]?.word ?? '') && tokens[k]?.breakBefore === 'none') k++;
  const determined =
    POSSESSIVE_DETERMINERS.has(tokens[m.start - 1]?.word ?? '') && tokens[m.start]?.breakBefore === 'none';
  // "only API Gateway can …" (but "the serverless gateway" describes it: still a reason)
  if (!determined && entities.some((e) => e.start === k)) return true;
  // "the only path for ALBs"
  return determined && attributes.some((o) => o.start === m.end);
}

/** Prepositions that, heading a sentence with an entity alone ("With an ALB, …"), make it the topic. */
const LEADING_TOPIC = new Set(['with', 'on', 'for']);
/** Prepositions that place a thing: in a "there is …" clause, what is placed there has what the clause says. */
const LOCATIVES = new Set(['on', 'in', 'into', 'with', 'at', 'inside']);
const EXISTENTIAL_VERBS = new Set(['is', 'are', 'was', 'were', 'will', 'would']);

/**
 * "there's no way to rewrite anything with an ALB", "there's nothing on it that verifies …": an existential
 * clause has no subject of its own; the thing it locates (after on / in / into / with / at) is what it is about.
 */
function locatedInExistential(tokens: readonly Token[], scope: Scope, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && DETERMINERS.has(tokens[k]?.word ?? '')) k--;
  if (!LOCATIVES.has(tokens[k]?.word ?? '')) return false;
  const clause = scope.clauses.find((c) => c.start <= at && at < c.end);
  if (clause === undefined) return false;
  for (let i = clause.start; i + 1 < clause.end; i++)
    if (tokens[i]?.word === 'there' && EXISTENTIAL_VERBS.has(tokens[i + 1]?.word ?? '')) return true;
  return false;
}

/** `m` is coordinated with the attribute's words right after them ("an NLB or API Gateway"). */
/**
 * "authentication with Cognito, throttling, API keys and usage plans": an entity and an attribute with a whole
 * list item between them (two commas or more) are items of one enumeration, not a subject and its predicate.
 * Before the attribute, the entity must itself sit after a comma ("…, API keys, throttling, …, and Cognito
 * authentication"): one that opens the clause ("The ALB, as far as I know, supports …") is its subject.
 */
function acrossListItems(tokens: readonly Token[], a: TokenRange, m: Mention): boolean {
  const after = m.start >= a.end;
  // a pronoun is no list item: ", which only the partner knows, proves …" is the subject going on
  if (!after && (m.pronoun === true || !afterListComma(tokens, m.start))) return false;
  let commas = 0;
  for (let k = after ? a.end : m.end; k <= (after ? m.start : a.start) && k < tokens.length; k++)
    if (tokens[k]?.breakBefore === 'comma') commas++;
  return commas >= 2;
}
const LIST_JOINERS = new Set(['and', 'or']);
/**
 * "(API 10 MB cap, Lambda 6 MB sync)": an entity followed at once by a number of the attribute's unit other than
 * the attribute's own is described by that number, not by the attribute's ("the ALB has a 29-second timeout"
 * puts a verb between them: that number is the claim's).
 */
function ownsAnotherQuantity(tokens: readonly Token[], a: TokenRange, m: Mention, unit: string | undefined): boolean {
  if (unit === undefined || m.pronoun === true || tokens[m.end]?.breakBefore !== 'none') return false;
  if (m.end >= a.start && m.end < a.end) return false;
  return quantityAt(tokens, m.end)?.unit === unit;
}
/** The token opens a list item: right after a comma, or after a ", and" / ", or". */
function afterListComma(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return (
    tokens[k]?.breakBefore === 'comma' ||
    (before !== undefined && LIST_JOINERS.has(before.word) && before.breakBefore === 'comma')
  );
}

function alternativeTo(tokens: readonly Token[], a: TokenRange, m: Mention): boolean {
  const joiner = tokens[a.end];
  if (joiner === undefined || joiner.breakBefore !== 'none' || (joiner.word !== 'or' && joiner.word !== 'and'))
    return false;
  let k = a.end + 1;
  while (k < m.start && ARTICLES.has(tokens[k]?.word ?? '')) k++;
  return (
    k === m.start && tokens[m.end]?.word !== 'is' && tokens[m.end]?.word !== 'are' && tokens[m.end]?.word !== 'can'
  );
}

const UNIVERSALS = new Set(['every', 'all', 'any', 'both', 'each']);

/** "every API Gateway type", "both of the gateway types", "any gateway API": a universal among the words before. */
function universallyQuantified(tokens: readonly Token[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const w = tokens[k]?.word ?? '';
    if (UNIVERSALS.has(w)) return true;
    if ((!DETERMINERS.has(w) && w !== 'of') || tokens[k + 1]?.breakBefore !== 'none') return false;
  }
  return false;
}

/**
 * "An ALB can target a Lambda function that lives in our shared-services account": an attribute that relates a thing
 * to its objects, said in a relative clause on one of those objects, is a claim about what reaches that object.
 */
function reacherOfRelative(
  tokens: readonly Token[],
  kb: CompiledKnowledge,
  a: PhraseMatch,
  objects: readonly string[],
  subjects: readonly Mention[],
  mentions: readonly Mention[],
): Mention | undefined {
  if (objects.length === 0) return undefined;
  const object = mentions.findLast(
    (m) =>
      m.end < a.start &&
      objects.some((o) => isA(kb, m.id, o)) &&
      RELATIVES.has(tokens[m.end]?.word ?? '') &&
      unbrokenBetween(tokens, m.end, a.start + 1),
  );
  if (object === undefined) return undefined;
  return subjects.findLast(
    (m) => m.end <= object.start && m.pronoun !== true && unbrokenBetween(tokens, m.end, object.start + 1),
  );
}

/** Prepositions after an attribute that name what it is put on: "attach WAF to it", "a web ACL on its stage". */
const PUT_ON = new Set(['to', 'on', 'onto', 'with']);

const EXCLUSIVES = new Set(['only', 'solely', 'exclusively', 'purely']);

/**
 * "only API Gateway …", "exclusively the REST API …", "purely an API Gateway thing", "a gateway-only feature", "API
 * Gateway is the only one that …": the entity at [start, end) is singled out (not "not only …").
 */
function exclusive(tokens: readonly Token[], start: number, end: number, attributeStart: number): boolean {
  if (tokens[end - 1]?.joinStem != null && tokens[end]?.word === 'only') return true;
  // "API Gateway is the only one (of the two) that can …": singled out by its predicate, for the attribute after it
  const only = end + 2;
  if (
    COPULAS.has(tokens[end]?.word ?? '') &&
    tokens[end + 1]?.word === 'the' &&
    tokens[only]?.word === 'only' &&
    attributeStart > only &&
    unbrokenBetween(tokens, end, attributeStart + 1)
  )
    return true;
  let k = start - 1;
  while (k >= 0 && ARTICLES.has(tokens[k]?.word ?? '') && tokens[k + 1]?.breakBefore === 'none') k--;
  if (!EXCLUSIVES.has(tokens[k]?.word ?? '') || tokens[k + 1]?.breakBefore !== 'none') return false;
  const before = tokens[k - 1]?.word ?? '';
  return before !== 'not' && before !== 'the' && !(tokens[k]?.breakBefore === 'none' && ARTICLES.has(before));
}

const NEED_WORDS = new Set(['need', 'needs', 'needed', 'require', 'requires', 'required', 'necessary']);
/** Words a denial may stand before the need it denies ("no support ticket is needed"). */
const NEED_DENIAL_REACH = 5;

/**
 * The attribute is the purpose of a need ("… is needed to pre-warm the ALB", "… is required to authenticate"), and
 * the need says it all: its subject names the same attribute ("No support ticket is needed to pre-warm the ALB": one
 * claim, the subject's), or the need is denied ("No API key is needed to authenticate a partner": what is not needed
 * for P is not said to do P) (ADR 034, session 13, round 2).
 */
function purposeOfNeed(
  tokens: readonly Token[],
  attributes: readonly PhraseMatch[],
  negations: readonly PhraseMatch[],
  a: PhraseMatch,
  subOf: readonly number[],
): boolean {
  // (the verb may start with a prefix the match leaves out: "pre-" of "pre-warm the ALB")
  const to = tokens[a.start - 1]?.joinStem != null ? a.start - 2 : a.start - 1;
  const need = to - 1;
  if (tokens[to]?.word !== 'to' || !NEED_WORDS.has(tokens[need]?.word ?? '')) return false;
  if (!unbrokenBetween(tokens, need, a.start + 1)) return false;
  const sub = subOf[a.start] ?? -2;
  return (
    attributes.some((o) => o.phrase.id === a.phrase.id && o.end < to && (subOf[o.start] ?? -1) === sub) ||
    negations.some((c) => (subOf[c.start] ?? -1) === sub && c.end <= need && need - c.end <= NEED_DENIAL_REACH)
  );
}

/** Adverbs that restrict whatever follows them: before a count they restrict the count, not the thing. */
const COUNT_RESTRICTORS = new Set(['only', 'just', 'merely', 'simply', 'solely']);
const PARTITIVE_OF = new Set(['of', 'among', 'amongst']);

/**
 * "Path routing is only one of six condition types", "just one of several options": a restrictor before a count
 * taken from a larger set says there are others, so it singles nothing out (ADR 034, session 13, round 2).
 */
function restrictsACount(tokens: readonly Token[], m: PhraseMatch): boolean {
  if (m.end - m.start !== 1 || !COUNT_RESTRICTORS.has(tokens[m.start]?.word ?? '')) return false;
  // "the only one of …" singles one out
  if (tokens[m.start - 1]?.word === 'the') return false;
  let k = m.end;
  if (ARTICLES.has(tokens[k]?.word ?? '')) k++;
  const count = tokens[k]?.word ?? '';
  const counted = NUMBER.test(count) || NUMBER_WORDS.has(count) || count === 'part' || count === 'few';
  return counted && PARTITIVE_OF.has(tokens[k + 1]?.word ?? '') && unbrokenBetween(tokens, m.end, k + 2);
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'half']);

/** "… than 60 minutes", "… than the one hour": the standard right after the comparative is a quantity. */
function comparedWithQuantity(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.word !== 'than' || tokens[end]?.breakBefore !== 'none') return false;
  let k = end + 1;
  while (ARTICLES.has(tokens[k]?.word ?? '')) k++;
  const w = tokens[k]?.word ?? '';
  return NUMBER.test(w) || NUMBER_WORDS.has(w);
}

const WRITERS = new Set(['i', 'we']);
const PLAN_AUXILIARIES = new Set(['would', 'will', 'd', 'll', 'shall', 'can', 'could', 'also', 'then', 'just']);

/** The writer is the subject of the verb the attribute starts with: "I'd warm up …", "we will then pre-warm …". */
function writerActs(tokens: readonly Token[], start: number): boolean {
  let k = start - 1;
  while (k >= 0 && PLAN_AUXILIARIES.has(tokens[k]?.word ?? '') && tokens[k + 1]?.breakBefore === 'none') k--;
  return WRITERS.has(tokens[k]?.word ?? '') && tokens[k + 1]?.breakBefore === 'none';
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one']);

/** A mention named as one thing: "a" / "an" / "one" among the few words before it ("an internet-facing ALB"). */
function singular(tokens: readonly Token[], m: Mention): boolean {
  if (m.pronoun === true) return false;
  for (let k = m.start - 1; k >= Math.max(0, m.start - 3); k--) {
    if (SINGULAR_DETERMINERS.has(tokens[k]?.word ?? '')) return true;
    if (tokens[k]?.breakBefore !== 'none') return false;
  }
  return false;
}

const COPULAS = new Set(['is', 'are', 'was', 'were', 's', 'isn', 'aren', 'wasn', 'weren']);
/** Verbs (and auxiliaries) a relative clause's subject does the attribute with: "… HTTP APIs lack", "… the ALB can do". */
const RELATIVE_VERBS = new Set([
  'can',
  'could',
  'will',
  'would',
  'does',
  'do',
  'did',
  'lack',
  'lacks',
  'has',
  'have',
  'support',
  'supports',
  'offer',
  'offers',
  'get',
  'gets',
  'handle',
  'handles',
  'provide',
  'provides',
]);
/** Words from a relative clause's subject to its negation ("HTTP APIs | can not"). */
const RELATIVE_VERB_REACH = 2;
/** Words between the attribute and its copula ("WAF | for layer 7 | is"). */
const RELATIVE_TAIL_WORDS = 6;
/** Words from the copula to the relative clause's subject ("is | not | something | that | the ALB"). */
const RELATIVE_HEAD_WORDS = 6;

/**
 * The subject of a relative clause the attribute is the object of: "<attribute> is/isn't <noun> (that) <entity>
 * <verb>" ("WAF is the one feature HTTP APIs lack"). Null when the attribute is not put that way.
 */
function relativeSubject(tokens: readonly Token[], a: TokenRange, chosen: Mention | undefined): Mention | null {
  if (chosen === undefined || chosen.start < a.end || chosen.object || chosen.pronoun === true) return null;
  if (!unbrokenBetween(tokens, a.end, chosen.start + 1)) return null;
  // the copula may follow a phrase that qualifies the attribute ("WAF for layer 7 is …")
  let copula = a.end;
  while (copula < chosen.start && !COPULAS.has(tokens[copula]?.word ?? '')) copula++;
  // (hedges after the copula take no room: "is only one of the things HTTP APIs lack")
  let head = copula + 1;
  while (head < chosen.start && IDENTITY_HEDGES.has(tokens[head]?.word ?? '')) head++;
  if (copula === chosen.start || copula - a.end > RELATIVE_TAIL_WORDS || chosen.start - head >= RELATIVE_HEAD_WORDS)
    return null;
  // an adverb may come first ("… the ALB simply doesn't have")
  let v = chosen.end;
  const adverb = tokens[v]?.word ?? '';
  if (adverb.endsWith('ly') || adverb === 'just' || adverb === 'still') v++;
  return RELATIVE_VERBS.has(tokens[v]?.word ?? '') && unbrokenBetween(tokens, chosen.end, v + 1) ? chosen : null;
}

// Scans of a token range without copying it (`tokens.slice(from, to).some(…)` made a copy and a closure per
// call, and these run per attribute, per cue and per candidate subject): the tests are module-level functions.
function anyTokenIn(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if (test(tokens[k] as Token)) return true;
  return false;
}
function everyTokenIn(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if (!test(tokens[k] as Token)) return false;
  return true;
}
const isVerbish = (t: Token): boolean => VERBISH.has(t.word);
const isDeterminer = (t: Token): boolean => DETERMINERS.has(t.word);
const isJoiner = (t: Token): boolean => JOINERS.has(t.word);
const isBreak = (t: Token): boolean => t.breakBefore !== 'none';
const isAffirmerAfterBreak = (t: Token): boolean => t.breakBefore !== 'none' && AFFIRMERS.has(t.word);
const isJoinerAfterComma = (t: Token): boolean => t.breakBefore === 'comma' && JOINERS.has(t.word);

/** A quantity in `unit` at some token of [from, to). */
function quantityInUnitIn(tokens: readonly Token[], from: number, to: number, unit: string): boolean {
  for (let k = from; k < to && k < tokens.length; k++) if (quantityAt(tokens, k)?.unit === unit) return true;
  return false;
}

// (loops, not closures: a closure in the per-token pronoun loop captures the loop variable, which makes V8
// allocate a context for every token of every sentence)
function mentionAt(mentions: readonly Mention[], i: number): Mention | undefined {
  for (const m of mentions) if (m.start <= i && i < m.end) return m;
  return undefined;
}
function coversToken(matches: readonly PhraseMatch[], i: number): boolean {
  for (const m of matches) if (m.start <= i && i < m.end) return true;
  return false;
}
/** A match of attribute `id` covers token `i`. */
function namesAt(matches: readonly PhraseMatch[], id: string, i: number): boolean {
  for (const m of matches) if (m.phrase.id === id && m.start <= i && i < m.end) return true;
  return false;
}
/** Words after which "its" is "it's" typed without the apostrophe ("its not just a cheaper REST API"). */
const ITS_AS_IT_IS = new Set(['not', 'a', 'an', 'just', 'really', 'basically', 'still', 'also', 'only']);
/** Words that open a clause of their own after a copula: "It's a myth that an ALB …" says nothing of "it". */
const COMPLEMENTIZERS = new Set(['that', 'which', 'who', 'whether', 'if', 'when', 'because']);

/**
 * The first mention before `i` that is a subject (no object, no pronoun) of sub-clause `sub` — unless it is the
 * predicate noun of a pronoun resolved so far ("It's not just a cheaper REST API, it …": the pronoun's thing).
 */
function firstSubjectIn(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  subOf: readonly number[],
  sub: number,
  i: number,
): Mention | undefined {
  let named: Mention | undefined;
  for (const m of mentions)
    if (m.start < i && !m.object && m.pronoun !== true && (subOf[m.start] ?? -1) === sub) {
      named = m;
      break;
    }
  if (named === undefined) return undefined;
  const pronoun = mentions.find(
    (m) => m.pronoun === true && !m.object && m.start < named.start && (subOf[m.start] ?? -1) === sub,
  );
  if (pronoun === undefined) return named;
  // ("its not just …", "its a …": "it's" typed without its apostrophe)
  const typedIts = tokens[pronoun.start]?.word === 'its' && ITS_AS_IT_IS.has(tokens[pronoun.end]?.word ?? '');
  const copula = COPULAS.has(tokens[pronoun.end]?.word ?? '') ? pronoun.end : typedIts ? pronoun.start : -1;
  if (copula < 0 || !unbrokenBetween(tokens, copula + 1, named.start + 1)) return named;
  for (let k = copula + 1; k < named.start; k++) if (COMPLEMENTIZERS.has(tokens[k]?.word ?? '')) return named;
  return pronoun;
}

function inStartOrder(mentions: readonly Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++)
    if ((mentions[k - 1] as Mention).start > (mentions[k] as Mention).start) return false;
  return true;
}

const NO_OBJECTS: readonly string[] = [];
const NO_MENTIONS: readonly Mention[] = [];

export function extractClaims(
  s: SentenceForClaims,
  kb: CompiledKnowledge,
  context: ClaimContext,
): { claims: Claim[]; context: ClaimContext; entities: PhraseMatch[] } {
  const { tokens, scope } = s;
  const n = tokens.length;
  // a run-on "sentence" this long is no claim a reader could follow (and reading it would be quadratic)
  if (n > MAX_CLAIM_SENTENCE) return { claims: [], context: { subject: context.subject }, entities: [] };
  // "Can the ALB authenticate anyone? No.": an answer to the question just asked makes it the writer's claim
  const answered = s.question ? [] : answerOwnQuestion(tokens, context.question ?? null);
  const kinds = new Map<string, PhraseMatch[]>();
  for (const m of s.lexicon) {
    const list = kinds.get(m.phrase.kind);
    if (list === undefined) kinds.set(m.phrase.kind, [m]);
    else list.push(m);
  }
  const byKind = kindIn.bind(null, kinds);
  const entities = longestFirst(matchPhrases(tokens, kb.entityTrie, { skipFillers: true }));
  // "How do we authenticate partners? Each one gets an API key …": the means named in the answer
  if (!s.question && context.question?.means !== undefined)
    answered.push(
      ...answerHowQuestion(
        s.index,
        tokens,
        entities,
        context.question,
        s.lexicon.some((m) => m.phrase.kind === 'negation' && DENIALS.has(m.phrase.id)),
      ),
    );
  const read = withPlacesApart(
    tokens,
    kb,
    scope,
    entities,
    withEqualities(
      tokens,
      kb,
      entities,
      withIdentities(
        tokens,
        kb,
        entities,
        withMeasuredAttributes(
          tokens,
          kb,
          scope,
          longestFirst(
            matchPhrases(tokens, kb.attributeTrie, { skipFillers: true, modifierGap: true }).filter(
              (m) => !entities.some((e) => e.start <= m.start && m.end <= e.end && e.end - e.start > m.end - m.start),
            ),
          ),
        ),
      ),
    ),
  );
  const attributeMatches = withPrivatives(tokens, kb, withMultiples(tokens, kb, withCounts(tokens, kb, scope, read)));
  if (attributeMatches.length === 0) {
    const first = entities.find((e) => prepositionBefore(tokens, e.start) === null) ?? entities[0];
    return { claims: answered, context: { subject: first?.phrase.id ?? context.subject, said: [] }, entities };
  }
  const negationCues = [...byKind('negation'), ...byKind('privation')]
    .filter(
      (m) => DENIALS.has(m.phrase.id) && !byKind('pseudo-negation').some((p) => p.start <= m.start && p.end >= m.end),
    )
    // one cue per span ("lack"/"lacks" stem alike), and none inside a longer one ("no longer" ⊃ "no")
    .filter((m, i, all) => all.findIndex((o) => o.start === m.start && o.end === m.end) === i)
    .filter((m, _, all) => !all.some((o) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start));
  // "Isn't the ALB limited to …?", "Doesn't it need …?": a question opened by a negated auxiliary expects
  // "yes" — the speaker asserts what it asks, and its "not" is the question's bias, not a denial
  const biased = s.question && AUXILIARIES.has(tokens[0]?.word ?? '') && tokens[1]?.word === 'not' ? 1 : -1;

  // "…, not HTTP APIs": a negation right before an entity (in a list) denies that entity only
  // an entity named inside an attribute's words ("needs an NLB in front") is part of it, no subject
  const named = entities.filter(
    (e) =>
      !attributeMatches.some((a) => a.start <= e.start && e.end <= a.end && a.end - a.start > e.end - e.start) &&
      // "non-Lambda backends" are not Lambda
      !(tokens[e.start - 1]?.word === 'non' && tokens[e.start]?.breakBefore === 'none') &&
      // "an Aurora snapshot", "a DynamoDB backup": a copy of the thing is another thing
      !(COPY_NOUNS.has(tokens[e.end]?.word ?? '') && tokens[e.end]?.breakBefore === 'none'),
  );
  const mentions: Mention[] = [];
  for (const e of named) {
    let k = e.start - 1;
    while (k >= 0 && DETERMINERS.has(tokens[k]?.word ?? '')) k--;
    // "…, not on an HTTP API": a negation before the preposition that introduces the entity denies it as well
    const deniedPlace =
      DENIED_PLACES.has(tokens[k]?.word ?? '') &&
      tokens[k]?.breakBefore === 'none' &&
      tokens[k - 1]?.word === 'not' &&
      tokens[k - 1]?.breakBefore !== 'none';
    const before = deniedPlace ? 'not' : (tokens[k]?.word ?? '');
    const located = locatedInExistential(tokens, scope, e.start) || restrictsNothing(tokens, e.start, e.end);
    const preposition = located ? null : prepositionBefore(tokens, e.start);
    // "the timeout on REST APIs", "the caching of the ALB": an entity after an attribute and "on" / "of" owns it
    // (not when those words also name an entity: "the API keys on the gateway" are the subject)
    const owner =
      ((preposition === 'on' || preposition === 'of') &&
        attributeMatches.some((a) => a.end === k) &&
        !entities.some((o) => o.end === k)) ||
      doneAt(tokens, preposition, k, attributeMatches) ||
      movedTo(tokens, preposition, k);
    mentions.push(
      new MentionRecord(
        e.phrase.id,
        e.start,
        e.end,
        preposition !== null && !owner,
        // (not across a comma: "it can't, ALB targets must be in the same account" denies nothing of the ALB)
        (before === 'not' || before === 'nor' || before === 'except') &&
          k !== biased &&
          tokens[k + 1]?.breakBefore === 'none',
        owner ? null : preposition,
        { owner, located, universal: universallyQuantified(tokens, e.start) },
      ),
    );
  }
  for (let i = 0; i < n; i++) {
    const w = tokens[i]?.word ?? '';
    if (!(PRONOUNS.has(w) || demonstrative(tokens, i)) || mentionAt(mentions, i) !== undefined) continue;
    // a plural pronoun does not stand for one thing named with "a" / "an" ("… on an ALB still matter, but they …")
    const plural = PLURAL_PRONOUNS.has(w);
    let previous: Mention | undefined;
    for (const m of mentions)
      if (m.start < i && (previous === undefined || m.start >= previous.start) && !(plural && singular(tokens, m)))
        previous = m;
    // a pronoun that opens a clause ("…, but it can't …") refers to the previous clause's subject, not its object
    // (a relative pronoun, "…, which …", attaches to the nearest noun instead)
    const opensClause =
      i > 0 && w !== 'which' && (tokens[i]?.breakBefore !== 'none' || JOINERS.has(tokens[i - 1]?.word ?? ''));
    if (opensClause && previous !== undefined) {
      const sub = scope.subOf[previous.start] ?? -2;
      const subject = firstSubjectIn(tokens, mentions, scope.subOf, sub, i);
      if (subject !== undefined && !(plural && singular(tokens, subject))) previous = subject;
    }
    // across sentences only a pronoun that opens the sentence refers back ("It also …")
    const id = previous?.id ?? (i <= 2 ? context.subject : null);
    if (id === null) continue;
    const located = locatedInExistential(tokens, scope, i);
    const preposition = located ? null : prepositionBefore(tokens, i);
    mentions.push(
      new MentionRecord(
        id,
        i,
        i + 1,
        // "them" is an object whatever comes before it: it never has a verb of its own
        preposition !== null || w === 'them',
        false,
        preposition,
        { pronoun: true, located },
      ),
    );
  }
  // (a sort copies the list: skipped when the mentions are in order already)
  if (!inStartOrder(mentions)) mentions.sort((a, b) => a.start - b.start);

  const subOf = scope.subOf;
  const agrees = byKind('agreement').length > 0;
  const qualifiers = byKind('qualifier');
  const maxima = byKind('maximum');
  // a question's premise ("…, when it can't authenticate anyone?", "seeing as …") is asserted
  const premiseStart = s.question
    ? tokens.findIndex((t, i) => i > 0 && ['when', 'since', 'given', 'seeing', 'because', 'as'].includes(t.word))
    : -1;
  // …or leads it, up to the comma: "Since WAF sits on an HTTP API, why not use it?"
  const leadingPremiseEnd =
    s.question && ['since', 'given', 'seeing', 'because', 'as'].includes(tokens[0]?.word ?? '')
      ? tokens.findIndex((t, i) => i > 0 && t.breakBefore !== 'none')
      : -1;

  const claims: Claim[] = [...answered];
  const attributesByClause = new Map<number, Set<string>>();
  for (const a of attributeMatches) {
    const attribute = kb.attributes.get(a.phrase.id);
    if (attribute === undefined || !kb.claimable.has(a.phrase.id)) continue;
    // "grows more slowly than per-request pricing": the standard of a comparison is no property of the subject
    if (isComparisonStandard(tokens, a.start)) continue;
    // "much better than the one hour the business asked for": a comparison against a quantity compares numbers,
    // it does not say one thing is the better choice
    if (attribute.comparative === true && comparedWithQuantity(tokens, a.end)) continue;
    // "an internal ALB behind a VPC link": what stands in front of the entity is not one of its features
    if (prepositionBefore(tokens, a.start) === 'behind') continue;
    // "CloudFront with WAF in front": what stands in front of something is placed there, not a feature of it
    // (unless standing in front is what the attribute means: "needs an NLB in front")
    if (
      tokens[a.end]?.word === 'in' &&
      tokens[a.end + 1]?.word === 'front' &&
      !attribute.aliases.some((x) => x.endsWith(' in front'))
    )
      continue;
    const sub = subOf[a.start] ?? 0;
    if (purposeOfNeed(tokens, attributeMatches, negationCues, a, subOf)) continue;
    const clause = scope.clauses.find((c) => c.start <= a.start && a.start < c.end) ?? { start: 0, end: n };
    let clauseAttributes = attributesByClause.get(clause.start);
    if (clauseAttributes === undefined) {
      clauseAttributes = new Set(
        attributeMatches
          .filter((m) => m.start >= clause.start && m.end <= clause.end)
          // what a comparison is against, or the rate it is measured in ("cheaper per million requests"),
          // does not qualify the clause's claim
          .filter(
            (m) =>
              !isComparisonStandard(tokens, m.start) &&
              !(tokens[m.start]?.word === 'per' && attributeMatches.some((o) => o.end === m.start)) &&
              !modifiesNoun(m, tokens, entities, attributeMatches, kb) &&
              !restrictsACount(tokens, m),
          )
          .map((m) => m.phrase.id),
      );
      // "No servers, no problems: that alone settles it": what a demonstrative opening the clause stands for is
      // said in it too (the clause before, or the sentence before for a first clause)
      if (opensWithDemonstrative(tokens, clause)) {
        const ci = scope.clauses.indexOf(clause);
        const before = scope.clauses[ci - 1];
        const antecedent =
          before === undefined
            ? (context.said ?? [])
            : attributeMatches.filter((m) => m.start >= before.start && m.start < before.end).map((m) => m.phrase.id);
        for (const id of antecedent) clauseAttributes.add(id);
      }
      // "Why would it, when API Gateway is serverless? The gateway is simply the better home": a verdict right after a
      // rhetorical question gives the question's premise as its reason
      if (!s.question && clause === scope.clauses[0])
        for (const id of context.question?.premise ?? []) clauseAttributes.add(id);
      const always = unconditionalAttribute(kb);
      if (always !== null && unconditional(tokens, kb, clause, attributeMatches, negationCues))
        clauseAttributes.add(always);
      attributesByClause.set(clause.start, clauseAttributes);
    }
    // a required attribute may be named, or stated as a number in its unit ("29 seconds is a hard limit")
    const requiredByNumber =
      attribute.requires.length > 0 &&
      attribute.requires.some((r) => {
        const unit = kb.attributes.get(r)?.unit;
        return unit !== undefined && quantityInUnitIn(tokens, clause.start, clause.end, unit);
      });
    // …or by the very value the base gives it, inside the attribute's own words ("its own 10,000")
    const requiredByValue =
      attribute.requires.length > 0 &&
      anyTokenIn(
        tokens,
        a.start,
        a.end,
        (t) => NUMBER.test(t.word) && requiredValues(kb, attribute).includes(Number(t.word)),
      );
    if (
      attribute.requires.length > 0 &&
      !requiredByNumber &&
      !requiredByValue &&
      !attribute.requires.some((r) => clauseAttributes.has(r) && r !== a.phrase.id)
    ) {
      // "hard" means "not raisable" only next to a timeout; the negative alias may itself be that word ("ceiling")
      const selfSatisfied = attribute.requires.some((r) =>
        attributeMatches.some((m) => m.phrase.id === r && m.start <= a.start && m.end >= a.end),
      );
      if (!selfSatisfied) continue;
    }

    // the entity: never one the attribute relates its subject to ("… can invoke a Lambda in another account")
    const objects = attribute.objects ?? NO_OBJECTS;
    const subjects = objects.length === 0 ? mentions : mentions.filter((m) => !objects.some((o) => isA(kb, m.id, o)));
    const range0 = scope.subs[sub] ?? { start: 0, end: n };
    // an "if …" antecedent is its own world: its entities are not the subject of the main clause
    const requirement =
      scope.hypothetical[a.start] === true && requirementAfterDenial(tokens, negationCues, clause.start, a.start);
    const world = scope.hypothetical[a.start] === true && !requirement;
    const inSub = subjects.filter(
      (m) =>
        (subOf[m.start] ?? -1) === sub &&
        (scope.hypothetical[m.start] === true &&
          !requirementAfterDenial(tokens, negationCues, clause.start, m.start)) === world,
    );
    // across a comma a subject reaches only a phrase that continues it ("…, which is …", "…, and it …"),
    // not the next item of a list ("API keys for limits, OAuth for authentication")
    let segmentStart = a.start;
    while (segmentStart > range0.start && tokens[segmentStart]?.breakBefore === 'none') segmentStart--;
    // an attribute right after "<entity>," is the next item of an enumeration ("API Gateway, ALB, VPC link"),
    // not something said of that entity
    const after = tokens[a.end];
    const enumerated =
      tokens[a.start]?.breakBefore === 'comma' &&
      mentions.some((m) => m.end === a.start) &&
      // a bare item, not a clause of its own ("…, payloads can be up to 50 MB")
      (after === undefined || after.breakBefore !== 'none' || after.word === 'and' || after.word === 'or');
    // "…, the internal ALB and VPC link, …": a bare item joined to an entity by "and"/"or" is the list's next
    // item, not something said of that entity
    const joiner = tokens[a.start - 1];
    const coordinatedItem =
      joiner !== undefined &&
      (joiner.word === 'and' || joiner.word === 'or') &&
      mentions.some((m) => m.end === a.start - 1 && !m.pronoun) &&
      (after === undefined || after.breakBefore !== 'none' || after.word === 'and' || after.word === 'or');
    if (coordinatedItem) continue;
    // "…, plus it has …" continues the subject; "…, plus OAuth credentials for the auth" adds an item of its own
    const opener = tokens[segmentStart]?.word ?? '';
    const addsItem = opener === 'plus' && !PRONOUNS.has(tokens[segmentStart + 1]?.word ?? '');
    // "…, no exceptions", "…, full stop": a denial alone in its comma phrase is a tag on the clause before it
    const tag =
      a.phrase.kind === 'attribute-negative' &&
      tokens[a.start]?.breakBefore === 'comma' &&
      (tokens[a.end] === undefined || tokens[a.end]?.breakBefore !== 'none');
    const continues = (CONTINUERS.has(opener) && !addsItem) || (segmentStart === a.start && !enumerated) || tag;
    const subjectsBefore = inSub.filter(
      (m) =>
        m.start < a.start &&
        !m.object &&
        (m.start >= segmentStart || continues) &&
        // "we pay it for usage plans and WAF": a pronoun after the writer's verb is that verb's object
        !(m.pronoun === true && PERSONAL.has(tokens[m.start - 2]?.word ?? '')),
    );
    // after the attribute only when nothing separates them ("authentication on the ALB" is an object, excluded above)
    const range = scope.subs[sub] ?? { start: 0, end: n };
    const subjectsAfter =
      a.start - range.start <= 1 && !attribute.comparative
        ? inSub.filter(
            (m) =>
              m.start >= a.end &&
              !m.object &&
              unbrokenBetween(tokens, a.end, m.start + 1) &&
              !alternativeTo(tokens, a, m),
          )
        : NO_MENTIONS;
    // someone else acts in between ("… and we move …", "… and the API reaches it"): what follows is not about the entity
    // "API Gateway's per-method throttles": an entity right before the attribute owns it, object or not
    const adjacent = inSub.find(
      (m) =>
        m.end <= a.start &&
        a.start - m.end <= 3 &&
        m.pronoun !== true &&
        unbrokenBetween(tokens, m.end, a.start + 1) &&
        !anyTokenIn(tokens, m.end, a.start + 1, isVerbish),
    );
    // "Because it is serverless and the ALB isn't, I'd lean towards API Gateway": a choice is of what it names
    const option =
      attribute.subjectFollows === true
        ? inSub.find((m) => m.start >= a.end && m.pronoun !== true && unbrokenBetween(tokens, a.end, m.start + 1))
        : undefined;
    let subject: Mention | undefined =
      option ?? adjacent ?? subjectsBefore[subjectsBefore.length - 1] ?? subjectsAfter[0];
    if (
      subject !== undefined &&
      subject !== adjacent &&
      subject.start < a.start &&
      personalBetween(tokens, subject.end, a.start)
    )
      subject = undefined;
    // carried from an earlier sub-clause of the same clause ("API Gateway, which is the better option…") — not into
    // one whose own subject the attribute sits in ("…, so any cross-account functions would sit behind …")
    const ownSubject = QUANTIFIED_SUBJECT.has(
      tokens[range0.start + (JOINERS.has(tokens[range0.start]?.word ?? '') ? 1 : 0)]?.word ?? '',
    );
    if (!ownSubject)
      subject ??= subjects.findLast(
        (m) =>
          m.start < a.start &&
          m.start >= clause.start &&
          (subOf[m.start] ?? -1) < sub &&
          !m.object &&
          !personalBetween(tokens, m.end, a.start),
      );
    // "… behind API Gateway because of its hard 29-second cap": failing any other subject, a possessive pronoun right
    // before the attribute owns it, whatever preposition stands before the pronoun
    const possessive = inSub.find(
      (m) =>
        m.pronoun === true &&
        POSSESSIVE_PRONOUNS.has(tokens[m.start]?.word ?? '') &&
        m.end <= a.start &&
        a.start - m.end <= 3 &&
        unbrokenBetween(tokens, m.end, a.start + 1) &&
        !anyTokenIn(tokens, m.end, a.start + 1, isVerbish),
    );
    // a one-word denial ("fixed", "hard") binds only within its comma-delimited phrase
    if (
      a.phrase.kind === 'attribute-negative' &&
      !tag &&
      subject !== undefined &&
      subject.start < a.start &&
      !unbrokenBetween(tokens, subject.end, a.start + 1)
    ) {
      subject = undefined;
    }
    // "the ALB has no DDoS protection unless you enable Shield": the requirement is the denied subject's,
    // whoever ("you") meets it
    if (subject === undefined && requirement) {
      let unless = a.start - 1;
      while (unless > clause.start && tokens[unless]?.word !== 'unless') unless--;
      subject = subjects.filter((m) => m.start >= clause.start && m.end <= unless && !m.object).pop();
    }
    // "ALB: no authentication, …": an entity alone before a colon is the topic of the sentence
    const first = scope.clauses[0];
    // …and so is one alone in a leading "With an ALB, …" / "On the ALB, …"
    const topic = subjects.find(
      (m) =>
        (first !== undefined && m.start === first.start && m.end === first.end) ||
        // "APIGW timeout: 29 s, not adjustable": an entity and an attribute alone before a colon head the sentence
        (first !== undefined &&
          m.start === first.start &&
          tokens[first.end]?.punctBefore === ':' &&
          attributeMatches.some((o) => o.start === m.end && o.end === first.end)) ||
        (m.start > 0 &&
          m.start <= 3 &&
          LEADING_TOPIC.has(tokens[0]?.word ?? '') &&
          everyTokenIn(tokens, 1, m.start, isDeterminer) &&
          tokens[m.end]?.breakBefore === 'comma') ||
        movedOnto(tokens, m),
    );
    subject ??= deniedLabel(tokens, scope, clause, a.start, subjects);
    if (subject === undefined && topic !== undefined && a.start >= Math.min(first?.end ?? 0, topic.end + 1))
      subject = topic;
    // "Whichever flavour of API Gateway you choose, the request dies at 29 s": a leading free-choice phrase names
    // the topic of what follows its comma, every kind of it
    if (subject === undefined && freeChoiceAt(tokens, 0)) {
      const phraseEnd = tokens.findIndex((t, k) => k > 0 && t.breakBefore !== 'none');
      const topicOfChoice = subjects.find((m) => m.end <= phraseEnd && m.pronoun !== true);
      if (topicOfChoice !== undefined && phraseEnd > 0 && a.start >= phraseEnd)
        subject = new MentionRecord(
          topicOfChoice.id,
          topicOfChoice.start,
          topicOfChoice.end,
          false,
          topicOfChoice.denied,
          null,
          {
            pronoun: topicOfChoice.pronoun === true,
            owner: topicOfChoice.owner === true,
            located: topicOfChoice.located === true,
            universal: true,
          },
        );
    }
    // the last mention of the sub-clause that passes every test (one pass: no list per test)
    const anyInSub =
      subject === undefined
        ? inSub.findLast(
            (m) =>
              // a pronoun counts only as what the attribute is put on ("attach WAF to it", "put a web ACL on its stage")
              (m.pronoun !== true || (m.start >= a.end && PUT_ON.has(m.preposition ?? ''))) &&
              !personalBetween(tokens, m.end, a.start) &&
              // "you need an NLB or API Gateway for …": an entity coordinated with the attribute's own noun is an
              // alternative to it, not its subject
              !alternativeTo(tokens, a, m) &&
              (m.start > a.start || m.start >= segmentStart || continues) &&
              // an attribute that is one item of a list ("the VPC link, the load balancer and the API") is no
              // predicate of the items after it
              (m.start < a.start || tokens[a.end]?.breakBefore !== 'comma') &&
              // "… always beats paying for a load balancer": the standard of a comparison is not its subject
              (m.start < a.start || !attribute.comparative) &&
              // "the per-request bill stays below what an ALB would cost": nor of what is compared with it
              (m.start < a.start || !comparedBetween(kb, attributeMatches, a.end, m.start)) &&
              // "every API gets its own quota and hands the body to Lambda": past a joiner an object is another predicate's
              (m.start < a.end || !m.object || !anyTokenIn(tokens, a.end, m.start, isJoiner)) &&
              (a.phrase.kind !== 'attribute-negative' ||
                (m.start < a.start
                  ? unbrokenBetween(tokens, m.end, a.start + 1)
                  : unbrokenBetween(tokens, a.end, m.start + 1))),
          )
        : undefined;
    // "HTTP APIs are the newer REST APIs: same features, a third of the price": a fragment after a colon with no
    // entity of its own elaborates on the subject of the clause before the colon
    const picked =
      subject ??
      anyInSub ??
      possessive ??
      elaborated(tokens, scope, clause, a.start, subjects, negationCues) ??
      demonstrativeReferent(tokens, a, subjects, context.subject, attributeMatches) ??
      reacherOfRelative(tokens, kb, a, objects, subjects, mentions);
    const chosen =
      picked !== undefined &&
      (acrossListItems(tokens, a, picked) ||
        ownsAnotherQuantity(tokens, a, picked, attribute.unit) ||
        placesWhatItReaches(tokens, a, picked))
        ? undefined
        : picked;
    // entities listed with the subject ("REST and HTTP APIs", "REST APIs and ALBs, not HTTP APIs") share the claim
    const group: Mention[] = [];
    if (chosen !== undefined) {
      group.push(chosen);
      for (const m of inSub) {
        if (m.start <= chosen.start || m.id === chosen.id) continue;
        const last = group[group.length - 1];
        if (last === undefined) break;
        let glued = true;
        for (let k = last.end; k < m.start; k++) if (!LIST_GLUE.has(tokens[k]?.word ?? '')) glued = false;
        if (!glued) continue;
        group.push(m);
      }
    }

    // "can't invoke a Lambda in another account or another Region": a coordinated item is reached where its list starts
    let head = a.start;
    for (let p = attributeMatches.length - 1; p >= 0; p--) {
      const prev = attributeMatches[p];
      if (prev === undefined || prev.end > head) continue;
      let glued = prev.end < head;
      for (let k = prev.end; k < head && glued; k++) {
        const t = tokens[k];
        glued = t !== undefined && t.breakBefore === 'none' && COORDINATION.has(t.word);
      }
      if (!glued) break;
      head = prev.start;
    }
    // polarity: negation cues in the sub-clause, outside aliases and not glued to one entity
    // a cue before the attribute denies it ("can't authenticate"); one after it only as a predicate ("… is not supported")
    // "WAF is a feature HTTP APIs lack", "rewriting isn't something the ALB can do": the attribute is the object
    // of a relative clause whose subject follows it; the negations of the copula and of that clause's verb are its own
    const relative = relativeSubject(tokens, a, chosen);
    let denials = negationCues.filter(
      (c) =>
        (relative === null || c.start < a.end) &&
        c.start !== biased &&
        c.start >= range.start &&
        c.start < range.end &&
        // a question's leading premise keeps its own polarity ("Since WAF sits on an HTTP API, why not …?")
        !(a.start < leadingPremiseEnd && c.start >= leadingPremiseEnd) &&
        !attributeMatches.some((o) => o.start <= c.start && c.end <= o.end) &&
        // a bare "No," answers a question; it denies nothing that follows
        tokens[c.end]?.breakBefore === 'none' &&
        !hedgedAnswer(tokens, c) &&
        // "…, not HTTP APIs" denies that entity only — unless the entity is the attribute itself ("no API keys")
        // (not after a copula: "is not a REST API with the same features" denies the whole predicate)
        !(
          mentions.some(
            (m) => m.denied && c.end <= m.start && m.start - c.end <= 2 && !(m.start >= a.start && m.start < a.end),
          ) && !deniesPredicateNoun(tokens, c)
        ) &&
        // a negation belongs to the nearest entity: "a feature that HTTP APIs lack", "not do, and only REST APIs can"
        !(c.end <= a.start
          ? entityBetween(
              // "ALB: no Lambda in another account": a thing the attribute relates its subject to is part of what is
              // denied, never a subject with a verb of its own
              objects.length === 0 ? mentions : subjects,
              c.end,
              a.start,
              a,
            ) &&
            modalAfterEntity(mentions, tokens, c.end, a.start) &&
            !COMPLEMENT_VERBS.has(tokens[c.end]?.stem ?? '') &&
            // "is not a cut-down REST API with …": the entity is the denied predicate noun itself
            !deniesPredicateNoun(tokens, c)
          : mentions.some((m) => m.start >= a.end && m.end <= c.start && !m.object && m.owner !== true)) &&
        ((c.end <= a.start &&
          head < negationReach(scope, c, tokens, mentions) &&
          !opensOwnClause(tokens, attributeMatches, c, a) &&
          !negationCues.some((o) => o.start >= c.end && o.end <= a.start) &&
          // "no WebSocket support, just path-based forwarding": a list item that says what there is instead
          !anyTokenIn(tokens, c.end, a.start + 1, isAffirmerAfterBreak)) ||
          // after the attribute, as a predicate ("… is not supported") — unless it opens another
          // attribute of its own ("no authentication and no WebSocket support")
          ((PREDICATES.has(tokens[c.end]?.stem ?? '') ||
            PREDICATES.has(tokens[c.end + 1]?.stem ?? '') ||
            PREDICATIVE_DENIALS.has(c.phrase.id)) &&
            !attributeMatches.some((o) => o !== a && o.start >= c.end && o.start <= c.end + 1) &&
            // a predicate belongs to the nearest attribute before it ("no API keys, and WAF can't attach")
            !attributeMatches.some((o) => o !== a && o.start >= a.end && o.end <= c.start)) ||
          c.end >= range.end),
    ).length;
    if (relative !== null)
      denials += negationCues.filter(
        (c) => c.start >= a.end && c.start <= relative.end + 1 + RELATIVE_VERB_REACH,
      ).length;
    if (a.phrase.kind === 'attribute-negative') denials++;
    if (tokens[a.end]?.word === 'less' && tokens[a.end]?.breakBefore === 'none') denials++; // "auth-less"
    const baseHolds = denials % 2 === 0;

    // the number
    let value: number | null = null;
    let at = -1;
    if (attribute.unit !== undefined) {
      let best = Infinity;
      for (let i = range.start; i < range.end; i++) {
        const q = quantityAt(tokens, i);
        if (q === null || q.unit !== attribute.unit) continue;
        const distance = i < a.start ? a.start - i : i - a.end + 0.5;
        if (distance < best) {
          best = distance;
          value = q.value;
          at = i;
        }
      }
      const antecedent = value === null ? quantityBeforeRelative(tokens, clause, range, attribute.unit) : -1;
      if (antecedent >= 0) {
        value = quantityAt(tokens, antecedent)?.value ?? null;
        at = antecedent;
      }
    }
    // "up to 4000 s", "maxes out at 60 s": a maximum cue just before the number
    const maximum = at >= 0 && maxima.some((m) => m.end <= at && at - m.end <= 2);

    // how it is put
    let modality: Modality = 'asserted';
    // a frame at the head of the clause covers all of it ("people say X, so it's better, but …")
    const framed = scope.framed[a.start] === true || scope.framed[clause.start] === true || s.quoted[a.start] === true;
    if (s.question)
      modality =
        biased > 0 ||
        (premiseStart > 0 && a.start > premiseStart) ||
        (a.start < leadingPremiseEnd && (chosen === undefined || chosen.start < leadingPremiseEnd))
          ? 'asserted'
          : 'asked';
    else if (world) modality = 'hypothetical';
    else if (framed && !agrees) modality = 'reported';
    // a restriction qualifies its own predicate: "it won't log anyone in, and it has no DDoS protection unless …"
    const restrictions = qualifiers.filter(
      (q) =>
        q.start >= clause.start &&
        q.start < clause.end &&
        // (not a word of the attribute's own phrase: "beyond 29 seconds" is the raising, not a restriction of it)
        (q.start < a.start || q.start >= a.end) &&
        // one before the attribute restricts it from its own sub-clause or from the head of the clause
        // ("Out of the box, …"), not from another sub-clause ("I'd never expose it directly, since there's nothing …")
        (q.start < a.start
          ? (subOf[q.start] ?? -1) === sub || q.start === clause.start || !anyTokenIn(tokens, q.end, a.start, isBreak)
          : !anyTokenIn(tokens, a.end, q.start, isJoinerAfterComma)),
    );
    const qualified = restrictions.length > 0;
    // "has no way to authenticate callers on its own": a restriction to the thing itself qualifies nothing the base
    // says the thing does itself (unlike "until you add an action", which names the setup it needs)
    const selfOnly = qualified && restrictions.every((q) => SELF_RESTRICTIONS.has(q.phrase.id));

    // "I'd warm up the EKS footprint", "we enable …": with no entity, what the writer does is a plan, not a claim
    if (group.length === 0 && writerActs(tokens, a.start)) continue;
    const targets = group.length > 0 ? group : [null];
    for (const m of targets) {
      const holds = m?.denied === true ? !baseHolds : baseHolds;
      claims.push(
        new ClaimRecord({
          sentence: s.index,
          entity: m === null ? null : (kindByValue(kb, m.id, attribute, tokens, range) ?? m.id),
          // (a possessive pronoun owns the attribute it determines, whatever preposition stands before it; a
          // leading topic, "On the HTTP API, …", is what the sentence is about)
          entityIsObject: m?.object === true && m !== possessive && m !== topic,
          // an object before the attribute is not what the attribute is put on
          entityPreposition: m !== null && m.start > a.start ? m.preposition : null,
          attribute: a.phrase.id,
          at: { start: a.start, end: a.end },
          entityAt: m === null ? { start: 0, end: 0 } : { start: m.start, end: m.end },
          holds,
          value,
          maximum,
          modality:
            modality === 'asserted' &&
            !holds &&
            qualified &&
            attribute.byDefault !== true &&
            !(selfOnly && m !== null && kb.facts.get(`${m.id}/${a.phrase.id}`)?.holds === true)
              ? 'qualified'
              : modality,
          clause,
          clauseAttributes,
          ...(a.phrase.stems.length === 0 ? { unnamed: true } : {}),
          ...(m?.universal === true ? { universal: true } : {}),
        }),
      );
    }
    // "only API Gateway can validate tokens": what one thing alone can do, the others the base describes cannot
    // (when its sub-clause says nothing else that could be what is exclusive: "only … can authenticate with authorizers")
    const only = group.length === 1 ? group[0] : undefined;
    const alone = (): boolean =>
      attributeMatches.every(
        (o) =>
          o.end <= range.start ||
          o.start >= range.end ||
          !kb.claimable.has(o.phrase.id) ||
          (o.start < a.end && o.end > a.start),
      );
    if (
      only !== undefined &&
      baseHolds &&
      !only.denied &&
      exclusive(tokens, only.start, only.end, a.start) &&
      alone()
    ) {
      for (const rival of kb.kb.entities) {
        if (!kb.facts.has(`${rival.id}/${a.phrase.id}`) || isA(kb, rival.id, only.id) || isA(kb, only.id, rival.id))
          continue;
        claims.push(
          new ClaimRecord({
            sentence: s.index,
            entity: rival.id,
            entityIsObject: false,
            entityPreposition: null,
            attribute: a.phrase.id,
            at: { start: a.start, end: a.end },
            entityAt: { start: 0, end: 0 },
            holds: false,
            value: null,
            maximum: false,
            modality,
            clause,
            clauseAttributes,
          }),
        );
      }
    }
  }

  delegate(tokens, kb, claims, mentions);
  if (s.question) {
    const choice = rhetoricalChoice(tokens, kb, s.index, premiseStart, mentions, attributeMatches);
    if (choice !== null) claims.push(choice);
  }
  // "A separate API does not come with its own 10,000 rps": an attribute named in the subject ("separate API") and
  // denied in the predicate is denied — the clause's negated reading of the same thing wins over its bare one
  const denied = (c: Claim): boolean =>
    c.holds &&
    claims.some(
      (o) =>
        !o.holds &&
        o !== c &&
        o.attribute === c.attribute &&
        o.entity === c.entity &&
        o.modality === c.modality &&
        o.value === c.value &&
        o.clause.start === c.clause.start &&
        o.at.start >= c.at.end &&
        unbrokenBetween(tokens, c.at.start + 1, o.at.end),
    );
  const kept = claims.some(denied) ? claims.filter((c) => !denied(c)) : claims;
  // "I'd go with the HTTP API. It's …": with no subject of its own, a sentence is about the thing it names
  const firstSubject = mentions.find((m) => !m.object) ?? mentions.find((m) => m.pronoun !== true);
  return {
    claims: kept,
    context: {
      subject: firstSubject?.id ?? context.subject,
      question: s.question
        ? (askedIn(tokens, mentions, attributeMatches, claims) ?? premiseOfWhy(tokens, attributeMatches, premiseStart))
        : null,
      said: attributeMatches.filter((m) => m.start >= (scope.clauses.at(-1)?.start ?? 0)).map((m) => m.phrase.id),
    },
    entities,
  };
}

/**
 * "Why would we …, when API Gateway is serverless?": a why-question with a premise ("when", "since", "given" …) asks
 * nothing; the attributes of its premise are the reason it gives (ADR 034, session 13).
 */
function premiseOfWhy(
  tokens: readonly Token[],
  attributes: readonly PhraseMatch[],
  premiseStart: number,
): AskedQuestion | null {
  if (premiseStart <= 0 || !tokens.slice(0, premiseStart).some((t) => t.word === 'why')) return null;
  const premise = attributes.filter((a) => a.start > premiseStart).map((a) => a.phrase.id);
  return premise.length === 0 ? null : { claims: [], polar: false, doneWith: false, premise };
}

const MEANS_AUXILIARIES = new Set(['do', 'can', 'will', 'should', 'would', 'could', 'shall']);

/** "How do we authenticate partners?": the attributes right after "how <auxiliary> we / you", asked for their means. */
function meansAsked(tokens: readonly Token[], q: number, attributes: readonly PhraseMatch[]): string[] {
  if (
    tokens[q]?.word !== 'how' ||
    !MEANS_AUXILIARIES.has(tokens[q + 1]?.word ?? '') ||
    !WRITERS_AND_READERS.has(tokens[q + 2]?.word ?? '')
  )
    return [];
  return attributes.filter((a) => a.start === q + 3 && unbrokenBetween(tokens, q, a.end)).map((a) => a.phrase.id);
}

/** Words that may open a question before its auxiliary or "what" ("Second, does …", "And what …"). */
const QUESTION_LEAD = 3;
const DONE_WITH = new Set(['with', 'about']);
const WRITERS_AND_READERS = new Set(['you', 'we', 'i']);
const BACK_REFERENCES = new Set(['those', 'these', 'them', 'it', 'that', 'this']);

/**
 * What a question asks, for the answer after it: a yes/no question ("Second, does the ALB …?") asks its claims;
 * "what is <entity> going to do with <X>?" asks whether the entity has X (a pronoun there stands for the last
 * attribute named before the question word).
 */
function askedIn(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  attributes: readonly PhraseMatch[],
  claims: readonly Claim[],
): AskedQuestion | null {
  let q = 0;
  for (let k = 1; k <= QUESTION_LEAD && k < tokens.length; k++) if (tokens[k]?.breakBefore !== 'none') q = k;
  const asked = claims.filter((c) => c.modality === 'asked');
  if (AUXILIARIES.has(tokens[q]?.word ?? '')) return { claims: asked, polar: true, doneWith: false };
  const means = meansAsked(tokens, q, attributes);
  if (means.length > 0) return { claims: [], polar: false, doneWith: false, means };
  const what = tokens.findIndex(
    (t, k) => t.word === 'what' && (k === 0 || t.breakBefore !== 'none' || JOINERS.has(tokens[k - 1]?.word ?? '')),
  );
  if (what < 0) return null;
  // "what do you do about <X>?": someone acting on X takes X for granted
  const actor = tokens.findIndex((t, k) => k > what && k <= what + 3 && WRITERS_AND_READERS.has(t.word));
  if (actor > 0 && tokens[actor + 1]?.word === 'do' && DONE_WITH.has(tokens[actor + 2]?.word ?? ''))
    return { claims: asked, polar: false, doneWith: false, presupposed: true };
  const subject = mentions.find((m) => m.start > what && m.start <= what + 3 && !m.object);
  const done =
    subject === undefined
      ? -1
      : tokens.findIndex((t, k) => k >= subject.end && k <= subject.end + 3 && t.word === 'do');
  if (subject === undefined || done < 0 || !DONE_WITH.has(tokens[done + 1]?.word ?? '')) return null;
  let k = done + 2;
  while (ARTICLES.has(tokens[k]?.word ?? '')) k++;
  const object = BACK_REFERENCES.has(tokens[k]?.word ?? '')
    ? attributes.findLast((a) => a.end <= what)
    : attributes.find((a) => a.start === k);
  const claim = object === undefined ? undefined : claims.find((c) => c.attribute === object.phrase.id);
  if (claim === undefined) return null;
  return {
    claims: [
      { ...claim, entity: subject.id, entityIsObject: false, entityPreposition: null, holds: true, modality: 'asked' },
    ],
    polar: false,
    doneWith: true,
  };
}
