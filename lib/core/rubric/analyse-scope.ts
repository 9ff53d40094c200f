/**
 * NegEx-style cue-and-scope analysis of one sentence.
 *
 * - Clauses end at strong punctuation and at contrast words ("but", "however", "whereas");
 *   sub-clauses also end before "because", "since", "so", ", which" and the like.
 * - A negation cue ("not", "never", "without", "instead of") negates the next few words of
 *   its sub-clause; "not only", "no matter" and similar pseudo-negations don't count.
 *   A dismissal ("out of scope", "I'm not sure about") negates its whole sub-clause.
 * - A refutation or attribution cue ("a common myth is…", "people say…", "… isn't true",
 *   "the newsletter claims…", "contrary to…") frames its sub-clause: what is said there is
 *   reported, not asserted. A cue with nothing around it points elsewhere: "Common myths:"
 *   frames what follows, "That's a myth." frames what came before.
 */
import type { PhraseKind, PhraseMatch, Scope, Token, TokenRange as Range } from './types';

const SMALL = new Set([
  'that',
  'this',
  'these',
  'those',
  'which',
  'it',
  'be',
  'a',
  'an',
  'the',
  'and',
  'so',
  'also',
  'both',
  'all',
  'of',
  'to',
  'actually',
  'well',
  'but',
  'however',
  'just',
  'really',
  'very',
  'common',
  'commonly',
  'one',
  'another',
  'popular',
  'widely',
  'often',
  'still',
  'i',
  'we',
  'you',
  'there',
  'big',
  'biggest',
  'classic',
  'old',
  'first',
  'number',
  'here',
  'great',
  'typical',
  'usual',
  'such',
  'as',
  'in',
  'my',
  'our',
  'its',
  'yes',
  'quite',
  'simply',
  'completely',
  'entirely',
  'totally',
  'now',
  'anymore',
  'today',
  'sadly',
  'frequent',
  'frequently',
  'other',
  'another',
  'them',
  'sometimes',
  'repeated',
  'persistent',
  'clear',
  'outright',
  'pure',
  'is',
  'are',
  'was',
  'were',
  'heard',
  'said',
  'do',
  'does',
  'indeed',
  'again',
  'two',
  'three',
  'second',
  'third',
  'last',
  'next',
  'myth',
  'misconception',
]);
const SUB_OPENERS = new Set([
  'because',
  'since',
  'so',
  'therefore',
  'thus',
  'hence',
  'which means',
  'so that',
  'given that',
]);
const SUB_OPENERS_AFTER_COMMA = new Set([
  'which',
  'as',
  'and so',
  'and then',
  'which is why',
  'that means',
  'meaning',
  'who',
]);
const ANAPHORS = new Set([
  'that',
  'this',
  'which',
  'it',
  'these',
  'those',
  'not',
  'nope',
  'wrong',
  'false',
  'outdated',
  'untrue',
  'no',
  'both',
  'all',
]);
const DEMONSTRATIVES = new Set(['that', 'this', 'those', 'these']);
const DISCOURSE = new Set([
  'at',
  'least',
  'well',
  'actually',
  'but',
  'and',
  'of',
  'course',
  'admittedly',
  'honestly',
  'now',
  'so',
  'though',
  'however',
  'ok',
  'okay',
  'sure',
  'yes',
  'yeah',
]);
const HYPOTHETICAL = new Set(['if', 'unless', 'whether', 'suppose', 'supposing', 'assuming', 'imagine']);
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'often',
  'sometimes',
  'still',
  'always',
  'might',
  'may',
  'will',
  'would',
  'could',
  'usually',
  'commonly',
  'generally',
  'love',
  'like',
  'to',
  'tend',
  'also',
  'even',
  'wrongly',
  'mistakenly',
  'keep',
  'do',
  'does',
  'really',
]);
/** Prepositions that open a phrase qualifying an attribution's subject ("people on my team say"), and its length. */
const SUBJECT_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'of']);
const SUBJECT_PHRASE_WORDS = 4;
/** Adverbs of habit: after an attribution's subject they report what others do ("people still …"). */
const HABITUAL = new Set([
  'still',
  'often',
  'usually',
  'routinely',
  'sometimes',
  'commonly',
  'habitually',
  'typically',
]);
const NECESSITY = new Set([
  'need',
  'needs',
  'have',
  'has',
  'must',
  'can',
  'cannot',
  'get',
  'gets',
  'require',
  'requires',
]);
const NEGATION_WINDOW = 6;
const COPULA_FORMS = new Set(['is', 'are', 'was', 'were']);
const PREDICATE_ARTICLES = new Set(['a', 'an', 'the']);

/**
 * "the HTTP API is not a cut-down REST API with the same features": a negated copula before an article denies
 * the whole predicate noun phrase, however long, to the end of its sub-clause.
 */
export function deniesPredicateNoun(tokens: readonly Token[], cue: PhraseMatch): boolean {
  return (
    tokens[cue.start]?.word === 'not' &&
    cue.end - cue.start === 1 &&
    COPULA_FORMS.has(tokens[cue.start - 1]?.word ?? '') &&
    PREDICATE_ARTICLES.has(tokens[cue.end]?.word ?? '') &&
    tokens[cue.end]?.breakBefore === 'none'
  );
}

/** Epistemic modals and the needs they hedge: "it may need …", "might require …" say it is possible, no more. */
const HEDGES = new Set(['may', 'might']);
const HEDGED_NEEDS = new Set(['need', 'require', 'have']);
/** Verbs of attempting: what follows "tried to" is not said to have worked. */
const ATTEMPTS = new Set(['tried', 'tries', 'try', 'trying', 'attempted', 'attempt', 'attempting']);
const ATTEMPT_ENDS = new Set(['and', 'but', 'so', 'because', 'since', 'which', 'then']);
/** Every word that opens a supposition, a hedge or an attempt: a sentence with none skips those three passes. */
const SUPPOSING = new Set([...HYPOTHETICAL, ...HEDGES, ...ATTEMPTS]);
/** Gerunds of naming that, opening a sentence, make its claim the thing talked about ("Calling X cheaper …"). */
const NAMING_GERUNDS = new Set(['calling', 'labelling', 'labeling', 'branding', 'describing', 'dubbing']);
const NEGATIVE_QUANTIFIERS = new Set(['nothing', 'nobody', 'none', 'no']);
const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who']);
/** Words from a negative quantifier to the relative pronoun of its clause ("nothing [in front of the service] that"). */
const QUANTIFIED_RELATIVE_REACH = 8;

/**
 * Where the relative clause of a negative quantifier opens ("nothing … that can …", "no component … which …"), or
 * -1: the pronoun must follow within a few words, unbroken, before `end`.
 */
export function quantifiedRelative(tokens: readonly Token[], cue: PhraseMatch, end: number): number {
  if (cue.end - cue.start !== 1 || !NEGATIVE_QUANTIFIERS.has(tokens[cue.start]?.word ?? '')) return -1;
  for (let i = cue.end; i < end && i <= cue.end + QUANTIFIED_RELATIVE_REACH; i++) {
    const t = tokens[i];
    if (t === undefined || t.breakBefore !== 'none') return -1;
    if (RELATIVE_PRONOUNS.has(t.word)) return i;
  }
  return -1;
}

/** The first break after `from`, or `limit` (or the end) if none comes before it. */
function breakAfter(tokens: readonly Token[], from: number, limit: number): number {
  for (let i = from + 1; i < limit && i < tokens.length; i++) if (tokens[i]?.breakBefore !== 'none') return i;
  return Math.min(limit, tokens.length);
}

/** "Nor is the HTTP flavour the same product": a negation that inverts its clause denies all of it. */
export const INVERTING_NEGATIONS: ReadonlySet<string> = new Set(['nor', 'neither']);
/** Auxiliaries that invert with a subject: after "nor" ("Nor is …") or, negated, opening a question ("Isn't …?"). */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'does',
  'do',
  'did',
  'can',
  'will',
  'would',
  'has',
  'have',
  'could',
  'should',
]);

/** Verbs of saying or believing in the third person: "Sales believes …", "my team lead always says …". */
const REPORTING_VERBS = new Set([
  'says',
  'claims',
  'believes',
  'thinks',
  'argues',
  'insists',
  'suggests',
  'assumes',
  'reckons',
  'states',
  'swears',
  'maintains',
  'said',
  'claimed',
  'believed',
  'thought',
  'argued',
  'insisted',
  'suggested',
  'assumed',
  'reckoned',
  'stated',
  'swore',
  'maintained',
  'convinced',
]);
/**
 * Subjects that make a verb of saying the writer's own or the text's ("I think", "this assumes", "it says"), or
 * the source the knowledge base itself cites ("AWS itself says the counts are approximate"): no report.
 */
const NOT_REPORTERS = new Set([
  'i',
  'we',
  'you',
  'it',
  'this',
  'that',
  'which',
  'what',
  'there',
  'here',
  'aws',
  'amazon',
  'docs',
  'documentation',
]);
/** Longest subject, in words, of a third-person verb of saying ("the product manager on the call"). */
const REPORTER_WORDS = 4;

/** Nouns of holding a view: "Our CTO's view is that …". */
const OPINION_NOUNS = new Set(['view', 'opinion', 'position', 'take', 'belief', 'argument', 'stance', 'assumption']);

/** Words before a noun of holding a view that make it the writer's, or nobody's in particular. */
const OWN_VIEW = new Set(['my', 'our', 'your', 'the', 'a', 'an', 'this', 'that', 'one', 'honest', 'personal']);

/**
 * "Our CTO's view is that serverless is automatically better", "the team's position is that …": someone else's view
 * reports what follows "that" (not the writer's: "my view is that …", "our view is that …").
 */
function someonesOpinion(tokens: readonly Token[]): Range | null {
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (!OPINION_NOUNS.has(tokens[k]?.word ?? '') || tokens[k + 2]?.word !== 'that') continue;
    const verb = tokens[k + 1]?.word ?? '';
    const owner = tokens[k - 1]?.word ?? '';
    if ((verb === 'is' || verb === 'was') && !OWN_VIEW.has(owner) && !NOT_REPORTERS.has(owner))
      return { start: k - 1, end: k + 3 };
  }
  return null;
}

/** Gerunds of saying that, opening a sub-clause, make it a report (ADR 034, session 13, round 2). */
const REPORTING_GERUNDS = new Set(['saying', 'claiming', 'arguing', 'insisting']);

/**
 * Someone other than the writer says or believes what follows: a short subject opening the sub-clause, with
 * no break, before a third-person verb of saying ("Sales believes the API keys are enough", "my team lead
 * always says …"). The subject need not be a word the lexicon knows: anyone but the writer is reported.
 */
function reportedBy(tokens: readonly Token[], from: number, verb: PhraseMatch): boolean {
  if (!REPORTING_VERBS.has(tokens[verb.start]?.word ?? '') || verb.end - verb.start !== 1) return false;
  let words = 0;
  for (let k = from; k < verb.start; k++) {
    const t = tokens[k];
    if (t === undefined || (k > from && t.breakBefore !== 'none') || NOT_REPORTERS.has(t.word)) return false;
    if (!BETWEEN_SUBJECT_AND_VERB.has(t.word)) words++;
  }
  return words > 0 && words <= REPORTER_WORDS;
}

// module-level helpers, not closures: this runs once per sentence, many times per grade
const NO_MATCHES: PhraseMatch[] = [];
function kindIn(byKind: ReadonlyMap<PhraseKind, PhraseMatch[]>, k: PhraseKind): PhraseMatch[] {
  return byKind.get(k) ?? NO_MATCHES;
}

// (a loop, not `find` with a closure: a closure over the per-token loop variable makes V8 allocate a context per token)
function clauseAt(clauses: readonly Range[], i: number): Range | undefined {
  for (const c of clauses) if (c.start <= i && i < c.end) return c;
  return undefined;
}

/** Words that open an embedded question: "… which one wins", "… what makes it better". */
const QUESTION_WORDS = new Set(['which', 'what', 'whether']);
/** Verbs whose object an embedded question can be: "doesn't tell you which one wins". */
const TELLING = new Set([
  'tell',
  'tells',
  'decide',
  'decides',
  'determine',
  'determines',
  'settle',
  'settles',
  'say',
  'says',
  'show',
  'shows',
  'prove',
  'proves',
]);
const TELLING_OBJECTS = new Set(['you', 'us', 'me', 'anyone', 'anybody']);
const DENYING = new Set(['not', 'never', 'nothing']);
const DENIED_QUESTION_REACH = 4;

/**
 * "Serverless doesn't tell you which one wins", "… how it is billed, not which one wins": a question denied to be
 * answered states nothing of its own, so what it asks is supposed, not claimed (as after "whether").
 */
function markDeniedQuestions(tokens: readonly Token[], hypothetical: boolean[]): void {
  for (let i = 1; i < tokens.length; i++) {
    if (!QUESTION_WORDS.has(tokens[i]?.word ?? '')) continue;
    let k = i - 1;
    if (TELLING_OBJECTS.has(tokens[k]?.word ?? '')) k--;
    const told = TELLING.has(tokens[k]?.word ?? '');
    let denied = !told && DENYING.has(tokens[k]?.word ?? '');
    // (the denial is the telling verb's own: not across a comma, "The ALB is not bad, but serverless tells you …")
    for (let j = k - 1; told && j >= Math.max(0, k - DENIED_QUESTION_REACH) && !denied; j--) {
      if (tokens[j + 1]?.breakBefore !== 'none') break;
      denied = DENYING.has(tokens[j]?.word ?? '');
    }
    if (!denied) continue;
    for (let j = i + 1; j < tokens.length && tokens[j]?.breakBefore === 'none'; j++) hypothetical[j] = true;
  }
}

const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * "Before June 2024 a REST API's timeout couldn't go past 29 seconds": what held before a date is history, framed as
 * "used to" is (the date: a year, or a month and a year, after "before" or "prior to").
 */
function beforeADate(tokens: readonly Token[]): Range | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    // (not "until": "until 2030 it can't be raised" is no history, and "until" already qualifies a claim)
    const prior = tokens[i]?.word === 'prior' && tokens[i + 1]?.word === 'to';
    if (tokens[i]?.word !== 'before' && !prior) continue;
    let k = prior ? i + 2 : i + 1;
    if (MONTHS.has(tokens[k]?.word ?? '')) k++;
    if (/^(19|20)\d\d$/.test(tokens[k]?.word ?? '')) return { start: i, end: k + 1 };
  }
  return null;
}

function isSupposing(t: Token): boolean {
  return SUPPOSING.has(t.word);
}

/** Content words (not SMALL) in [from, to). */
function contentWords(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t !== undefined && !SMALL.has(t.word) && !SMALL.has(t.stem)) count++;
  }
  return count;
}

function markFramed(framed: boolean[], from: number, to: number): void {
  for (let i = Math.max(0, from); i < Math.min(framed.length, to); i++) framed[i] = true;
}

/**
 * Built by a constructor, not an object literal: it lives for the whole grade, and a pretenured literal would
 * keep its young arrays alive through every scavenge (see SentenceRecord in analyse-answer.ts; ADR 011, session 11).
 */
class SentenceScope implements Scope {
  negations: Scope['negations'];
  framed: boolean[];
  hypothetical: boolean[];
  refutesPrevious: boolean;
  framesFollowing: boolean;
  clauses: Range[];
  subs: Range[];
  subOf: number[];

  constructor(
    negations: Scope['negations'],
    framed: boolean[],
    hypothetical: boolean[],
    refutesPrevious: boolean,
    framesFollowing: boolean,
    clauses: Range[],
    subs: Range[],
    subOf: number[],
  ) {
    this.negations = negations;
    this.framed = framed;
    this.hypothetical = hypothetical;
    this.refutesPrevious = refutesPrevious;
    this.framesFollowing = framesFollowing;
    this.clauses = clauses;
    this.subs = subs;
    this.subOf = subOf;
  }
}

export function analyseScope(tokens: readonly Token[], lexicon: readonly PhraseMatch[]): Scope {
  const n = tokens.length;
  const byKind = new Map<PhraseKind, PhraseMatch[]>();
  for (const m of lexicon) {
    const list = byKind.get(m.phrase.kind);
    if (list === undefined) byKind.set(m.phrase.kind, [m]);
    else list.push(m);
  }
  const kind = kindIn.bind(null, byKind);
  // (not the "but" of "nothing but the path", which is "except")
  const pseudo = kind('pseudo-negation');
  const contrastStarts = new Set(
    kind('contrast')
      .filter((m) => !pseudo.some((p) => p.start < m.start && m.start < p.end))
      .map((m) => m.start),
  );
  const openers = new Map<number, PhraseMatch>();
  for (const m of [...kind('cause'), ...kind('terminator')]) if (!openers.has(m.start)) openers.set(m.start, m);

  // ---- clauses and sub-clauses
  const sub = new Array<number>(n).fill(0);
  const clauses: Range[] = [];
  const subs: Range[] = [];
  const subClause: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    // (the sizes first: most sentences have no contrast and no opener, and these run for every token)
    const newClause = i === 0 || t.breakBefore === 'strong' || (contrastStarts.size > 0 && contrastStarts.has(i));
    let newSub = newClause;
    if (!newSub && openers.size > 0) {
      const opener = openers.get(i);
      if (opener !== undefined) {
        newSub =
          SUB_OPENERS.has(opener.phrase.id) ||
          (t.breakBefore === 'comma' && SUB_OPENERS_AFTER_COMMA.has(opener.phrase.id));
      }
    }
    if (newClause) clauses.push({ start: i, end: i + 1 });
    if (newSub) {
      subs.push({ start: i, end: i + 1 });
      subClause.push(clauses.length - 1);
    }
    const c = clauses[clauses.length - 1];
    const s = subs[subs.length - 1];
    if (c !== undefined) c.end = i + 1;
    if (s !== undefined) s.end = i + 1;
    sub[i] = subs.length - 1;
  }

  const framed = new Array<boolean>(n).fill(false);
  let refutesPrevious = false;

  // ---- frames: refutation words, attribution phrases, subject + verb
  // (pushed into one list: a mapped copy was an empty small-integer array whenever the sentence had no such cue,
  // and the first push below then threw the optimised analyseScope back to the interpreter)
  const frameCues: Range[] = [];
  for (const m of kind('frame')) frameCues.push({ start: m.start, end: m.end });
  for (const m of kind('attribution')) frameCues.push({ start: m.start, end: m.end });
  const opinion = someonesOpinion(tokens);
  if (opinion !== null) frameCues.push(opinion);
  const history = beforeADate(tokens);
  if (history !== null) frameCues.push(history);
  for (const verb of kind('attribution-verb')) {
    // "people say", "many teams still think", "some would argue": only adverbs and modals between
    const subject = kind('attribution-subject').find((s) => {
      if (s.end > verb.start || sub[s.start] !== sub[verb.start]) return false;
      // a short prepositional phrase may qualify the subject ("somebody in the last round said", "people on my team think")
      let i = s.end;
      if (SUBJECT_PREPOSITIONS.has(tokens[i]?.word ?? '')) {
        const stop = Math.min(verb.start, i + 1 + SUBJECT_PHRASE_WORDS);
        for (i++; i < stop && !BETWEEN_SUBJECT_AND_VERB.has(tokens[i]?.word ?? ''); i++)
          if (tokens[i]?.breakBefore !== 'none') return false;
      }
      for (; i < verb.start; i++) if (!BETWEEN_SUBJECT_AND_VERB.has(tokens[i]?.word ?? '')) return false;
      return true;
    });
    if (subject !== undefined) frameCues.push({ start: subject.start, end: verb.end });
    else if (reportedBy(tokens, subs[sub[verb.start] ?? 0]?.start ?? 0, verb)) frameCues.push(verb);
    // "Saying the gateway wins because it's serverless skips …": a gerund of saying that opens its sub-clause is
    // the subject of the sentence, and what it says is reported
    else if (REPORTING_GERUNDS.has(tokens[verb.start]?.word ?? '') && subs[sub[verb.start] ?? 0]?.start === verb.start)
      frameCues.push(verb);
  }
  // "some people still draw an NLB in front", "teams often put …": what others habitually do is reported, not claimed
  for (const subject of kind('attribution-subject')) {
    const next = tokens[subject.end];
    // (what they need or can do is still the writer's claim: "teams still need an NLB")
    if (
      next !== undefined &&
      next.breakBefore === 'none' &&
      HABITUAL.has(next.word) &&
      !NECESSITY.has(tokens[subject.end + 1]?.word ?? '') &&
      subject.end + 1 < n
    )
      frameCues.push({ start: subject.start, end: subject.end + 1 });
  }
  for (const cue of frameCues) {
    const si = sub[cue.start] ?? 0;
    const s = subs[si];
    if (s === undefined) continue;
    const ci = subClause[si] ?? 0;
    const c = clauses[ci];
    if (c === undefined) continue;
    markFramed(framed, s.start, s.end);
    const before = contentWords(tokens, s.start, cue.start);
    const after = contentWords(tokens, cue.end, s.end);
    if (after > 0) continue;
    const first = tokens[s.start]?.word ?? '';
    if (before === 0 && s.start === c.start && ANAPHORS.has(first)) {
      // "That's a myth." / "Not true:" / "…, which is outdated" point back
      const pc = clauses[ci - 1];
      if (pc !== undefined) markFramed(framed, pc.start, pc.end);
      else refutesPrevious = true;
      continue;
    }
    const next = tokens[c.end];
    if (s.end === c.end && next?.punctBefore === '(') {
      // "Common misconceptions (serverless = better, ALB can't authenticate) are avoided": the brackets list them
      let close = c.end + 1;
      while (close < n && tokens[close]?.punctBefore !== ')') close++;
      markFramed(framed, c.end, close);
      continue;
    }
    if (s.end === c.end && next !== undefined && (next.punctBefore === ':' || next.punctBefore === '\u2014')) {
      const nc = clauses[ci + 1]; // "A common myth: …"
      if (nc !== undefined) markFramed(framed, nc.start, nc.end);
      continue;
    }
    if (before === 0 && s.end < c.end) markFramed(framed, s.end, c.end); // "It's a myth that, since …, …"
  }
  // "…, not because the ALB lacks WebSocket support": a reason denied is not asserted, up to the clause's end
  for (let i = 0; i + 1 < n; i++) {
    if (tokens[i]?.word !== 'not' || tokens[i + 1]?.breakBefore !== 'none') continue;
    const w = tokens[i + 1]?.word ?? '';
    const k = w === 'because' ? i + 2 : w === 'just' && tokens[i + 2]?.word === 'because' ? i + 3 : -1;
    if (k < 0) continue;
    const c = clauseAt(clauses, i);
    if (c !== undefined) markFramed(framed, k, c.end);
  }
  // "Calling API Gateway better because … skips the trade-offs": a sentence whose subject is the act of
  // naming something talks about that claim; its first clause asserts nothing of its own
  const opener = clauses[0];
  if (opener !== undefined && NAMING_GERUNDS.has(tokens[0]?.word ?? '')) markFramed(framed, opener.start, opener.end);
  for (const m of kind('contrary')) {
    let end = m.end;
    while (end < n && tokens[end]?.breakBefore === 'none') end++;
    markFramed(framed, m.start, end);
  }
  // "That's what the newsletter says, and it's outdated." / "That's what we did, and it was a
  // mistake": a demonstrative subject plus a refutation in the first clause retracts the
  // previous sentence, even with words between them.
  const firstClause = clauses[0];
  if (!refutesPrevious && firstClause !== undefined) {
    let k = 0;
    while (k < firstClause.end && DISCOURSE.has(tokens[k]?.word ?? '')) k++;
    if (
      DEMONSTRATIVES.has(tokens[k]?.word ?? '') &&
      frameCues.some((cue) => cue.start > k && cue.start < firstClause.end)
    ) {
      refutesPrevious = true;
    }
  }
  const last = tokens[n - 1];
  const framesFollowing = last !== undefined && framed[n - 1] === true;

  // ---- negations
  const negations: Scope['negations'] = [];
  for (const m of kind('negation')) {
    if (pseudo.some((p) => p.start <= m.start && p.end >= m.end)) continue;
    const s = subs[sub[m.start] ?? 0];
    if (s === undefined) continue;
    const inverts =
      INVERTING_NEGATIONS.has(tokens[m.start]?.word ?? '') &&
      (m.start === s.start || tokens[m.start]?.breakBefore !== 'none') &&
      AUXILIARIES.has(tokens[m.end]?.word ?? '');
    let to = inverts || deniesPredicateNoun(tokens, m) ? s.end : Math.min(s.end, m.end + NEGATION_WINDOW);
    // "there's nothing in front of the service that can validate a token": a negative quantifier denies what its
    // relative clause says, however far the clause opens
    // (a relative pronoun may open a sub-clause of its own: the reach runs on to the next break)
    const relative = quantifiedRelative(tokens, m, n);
    if (relative >= 0) to = Math.max(to, breakAfter(tokens, relative, relative + 1 + NEGATION_WINDOW));
    // under a negation "or" / "nor" distributes ("can't inject headers or validate or transform bodies"):
    // each one inside the window opens a new window after it
    for (let i = m.end; i < to; i++) {
      const t = tokens[i];
      if ((t?.word === 'or' || t?.word === 'nor') && t.breakBefore === 'none')
        to = Math.min(s.end, i + 1 + NEGATION_WINDOW);
    }
    for (const t of kind('terminator')) if (t.start >= m.end && t.start < to) to = t.start;
    for (let i = m.end + 1; i < to; i++) {
      const t = tokens[i];
      if (t?.breakBefore === 'comma' && (t.word === 'and' || t.word === 'but' || t.word === 'or')) {
        to = i;
        break;
      }
    }
    negations.push({ cueEnd: m.end, to });
  }
  for (const m of kind('dismissal')) {
    const s = subs[sub[m.start] ?? 0];
    if (s !== undefined) negations.push({ cueEnd: s.start, to: s.end });
  }

  // ---- hypothetical antecedents
  const hypothetical = new Array<boolean>(n).fill(false);
  markDeniedQuestions(tokens, hypothetical);
  // (most sentences have no word that opens a supposition, a hedge or an attempt: the three passes find nothing)
  if (!tokens.some(isSupposing)) {
    return new SentenceScope(negations, framed, hypothetical, refutesPrevious, framesFollowing, clauses, subs, sub);
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t === undefined || !HYPOTHETICAL.has(t.word)) continue;
    for (let k = i + 1; k < n; k++) {
      const u = tokens[k];
      if (u === undefined || u.breakBefore !== 'none' || u.word === 'then') break;
      hypothetical[k] = true;
    }
  }

  // "for very spiky traffic it may need to be warmed up": a need hedged as possible is not claimed
  for (let i = 0; i + 1 < n; i++) {
    if (!HEDGES.has(tokens[i]?.word ?? '') || !HEDGED_NEEDS.has(tokens[i + 1]?.word ?? '')) continue;
    if (tokens[i + 1]?.breakBefore !== 'none') continue;
    for (let k = i + 1; k < n; k++) {
      const u = tokens[k];
      if (u === undefined || (k > i + 1 && u.breakBefore !== 'none') || ATTEMPT_ENDS.has(u.word)) break;
      hypothetical[k] = true;
    }
  }

  // "I once tried to associate a web ACL with an HTTP API and …": what was attempted is not said to work
  for (let i = 0; i + 1 < n; i++) {
    if (!ATTEMPTS.has(tokens[i]?.word ?? '') || tokens[i + 1]?.word !== 'to' || tokens[i + 1]?.breakBefore !== 'none')
      continue;
    for (let k = i + 2; k < n; k++) {
      const u = tokens[k];
      if (u === undefined || u.breakBefore !== 'none' || ATTEMPT_ENDS.has(u.word)) break;
      hypothetical[k] = true;
    }
  }

  return new SentenceScope(negations, framed, hypothetical, refutesPrevious, framesFollowing, clauses, subs, sub);
}
