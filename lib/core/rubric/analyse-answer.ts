/**
 * Reads an answer sentence by sentence: tokens, cue-and-scope analysis, the prompt's
 * concepts and trap cues that are asserted there, reasoning signals, and whether the
 * sentence is a statement. Then the cross-sentence rules: "That's a myth." refutes the
 * sentence before it, "Common myths:" frames the list items after it, a recommendation
 * pairs with a change condition in the same or the next sentence, and an answer written
 * mostly as fragments or term lists ("We use WAF, usage plans, throttling and Shield." —
 * terms make up 40%+ of the words and nothing relates them) is a keyword dump: its
 * fragments don't count as evidence and its verdict is a miss. Concepts named in clauses
 * that say nothing about them ("X, Y and Z all matter") earn nothing, and an answer made of
 * such clauses is keyword-stuffed: a miss too (weigh-substance.ts).
 */
import { countWords } from '@/lib/core/mock/count-words';
import { checkClaims, isA } from './check-claims';
import { extractClaims, type ClaimContext } from './extract-claims';
import { findStatedChoice } from './find-stated-choice';
import { getCueLexicon } from './get-cue-lexicon';
import { analyseScope } from './analyse-scope';
import { detectSignals } from './detect-signals';
import { isStatement } from './is-statement';
import { matchPhrases } from './match-phrases';
import { normalizeText } from './normalize-text';
import { splitSentences } from './split-sentences';
import { tokenizeText } from './tokenize-text';
import { inertTokens, isRelated, isStuffed, weighSubstance } from './weigh-substance';
import type {
  AnalysedAnswer,
  AnalysedSentence,
  ChosenOption,
  CheckedClaim,
  Claim,
  CompiledKnowledge,
  CompiledPrompt,
  PhraseMatch,
  Scope,
  SentenceSpan,
  SignalKind,
  Token,
} from './types';

/** Words that open the answer to a why-question. */
const ANSWERS_WHY = new Set(['because', 'since', 'as', 'well']);
/** A sentence that is a quotation, whole (list markers, bold and italics aside): '"ALB can't do auth."'. */
const QUOTED_WHOLE = /^(?:[-*+]\s+|\d+[.)]\s+)?[*_]*(?:["“][^"“”]+["”]|‘[^‘’]+’)[.!?]?[*_]*$/;

/** Share of the answer's words that must sit in statements for fragments to count. */
const MIN_STATEMENT_SHARE = 0.5;
/**
 * A statement whose words are at least this much concept terms, with nothing relating them, is a term list.
 * Half: terse notes put a plain verb among a few terms ("a per-IP rate-based rule sits on the token endpoint").
 */
const TERM_LIST_DENSITY = 0.5;

/** Share of a sentence's word trigrams found in the prompt's own text above which it is a copy. */
const COPIED_SHARE = 0.5;
/** Fewer shared trigrams than this is a plain phrase in common, not a copy. */
const MIN_COPIED_TRIGRAMS = 5;
/** A decision that opens with these sets its reasons against what came before ("Even so, …"). */
const REGARDLESS = new Set([
  'even so',
  'regardless',
  'anyway',
  'still',
  'nevertheless',
  'nonetheless',
  'despite',
  'that said',
]);

/** Causes that give a decision's reasons ("…, because …"); "so", "otherwise" and the like lead elsewhere. */
const REASONS = new Set(['because', 'since', 'given that', 'due to', 'as a result']);

/** Cues that make a decision only when nothing else in the sentence says it would change. */
const WEAK_DECISION = new Set(['i would', 'we would', 'i will', 'we will']);

/**
 * What "I'd …" does when it asks instead of choosing: "Before committing I'd want to know the traffic shape", "I'd
 * first check whether …". The verb (after an adverb or two) is one of finding out.
 */
const INQUIRING = new Set(['know', 'ask', 'check', 'clarify', 'confirm', 'understand', 'find', 'learn', 'establish']);
const INQUIRY_LEAD = new Set(['want', 'need', 'like', 'have', 'to', 'first', 'also', 'still', 'really', 'probably']);

/** Words before a choice's verb that say it is not made yet. */
const NOT_YET = new Set(['before', 'until', 'without']);

function inquires(tokens: readonly Token[], cue: PhraseMatch): boolean {
  for (let k = cue.end; k < Math.min(tokens.length, cue.end + 4); k++) {
    const w = tokens[k]?.word ?? '';
    if (INQUIRING.has(w)) return w !== 'find' || tokens[k + 1]?.word === 'out';
    if (!INQUIRY_LEAD.has(w)) return false;
  }
  return false;
}

/** Words before an option that set it aside: "warm standby rather than active-active", "I'd skip active-active". */
const SETTING_ASIDE = new Set([
  'not',
  'than',
  'instead',
  'over',
  'no',
  'without',
  'unlike',
  'vs',
  'versus',
  'skip',
  'avoid',
  // "rule out", "reject", "drop", "exclude", "forgo", "steer clear of", "argue against"
  'rule',
  'reject',
  'drop',
  'exclude',
  'forgo',
  'clear',
  'against',
]);
const ASIDE_REACH = 3;
/** Words right after a choosing word that deny it: "what I would not do", "I'd never pick". */
const DENYING_CUE = new Set(['not', 'never']);

/** "I would not …", "we'd never …": the choosing word is denied. */
function deniedCue(tokens: readonly Token[], cue: PhraseMatch): boolean {
  return DENYING_CUE.has(tokens[cue.end]?.word ?? '') || DENYING_CUE.has(tokens[cue.start - 1]?.word ?? '');
}

/**
 * The option a decision sentence chooses: the first one after its cue that nothing sets aside, else the last one
 * before it ("Warm standby is my pick"); none when the sentence names no option.
 */
function chosenOption(tokens: readonly Token[], options: readonly PhraseMatch[], cue: number): string | null {
  const kept = options.filter((m) => {
    for (let k = Math.max(0, m.start - ASIDE_REACH); k < m.start; k++)
      if (SETTING_ASIDE.has(tokens[k]?.word ?? '')) return false;
    return true;
  });
  const after = kept.find((m) => m.start >= cue);
  return (after ?? kept.findLast((m) => m.start < cue))?.phrase.id ?? null;
}

/** The cue a choice stated by grammar gives ("API Gateway is the right call"). */
const STATED_CHOICE = { kind: 'recommend', id: 'stated choice', stems: [] } as const;

/** Words that commit to a choice when they follow what is chosen: "API Gateway now, ALB later". */
const COMMIT = new Set(['now', 'today', 'initially', 'first', 'launch', 'start']);

/** "APIGW (HTTP API) now", "So: gateway now": an entity followed closely by a word that commits to it. */
function commitments(s: AnalysedSentence, entities: readonly PhraseMatch[]): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const m of entities) {
    for (let k = m.end; k < Math.min(s.tokens.length, m.end + 4); k++) {
      if (COMMIT.has(s.tokens[k]?.word ?? '')) out.push({ ...m, end: k + 1 });
    }
  }
  return out;
}

/**
 * A note's conclusion: the scenario's facts, an arrow, a choice ("≤ 1 h down, ≤ 5 min of orders lost →
 * warm standby"). A flow of several arrows ("client → API Gateway → NLB → ALB") is no decision, nor is an arrow
 * with no scenario fact before it.
 */
function concludesFromScenario(s: AnalysedSentence, compiled: CompiledPrompt): boolean {
  // one arrow: a conclusion; several are a flow ("client → API Gateway → VPC link → ALB")
  // (most sentences have no arrow at all: skip the list of matches for them)
  const text = s.span.text;
  if (!text.includes('→') && !text.includes('->') && !text.includes('=>')) return false;
  const arrows = [...text.matchAll(/\s(?:→|->|=>)\s/g)];
  const arrow = arrows[0];
  if (arrows.length !== 1 || arrow === undefined) return false;
  const before = tokenizeText(normalizeText(s.span.text.slice(0, arrow.index)));
  return matchPhrases(before, compiled.scenarioTrie, { skipFillers: true }).length > 0;
}

/** Words that label a decision: "Strategy: pilot light", "## Recommendation", "**Decision:**". */
const DECISION_LABELS = new Set([
  'recommendation',
  'decision',
  'choice',
  'strategy',
  'verdict',
  'pick',
  // a conclusion drawn as a label: "So: pilot light now, …", "In short: …", "Conclusion: …"
  'so',
  'short',
  'conclusion',
]);

/** Labels that head a choice whatever words it is put in ("Strategy: …", "Recommendation: …"). */
const CHOICE_LABELS = new Set(['recommendation', 'decision', 'strategy', 'verdict', 'choice']);
/** Words after such a label that say no choice is made ("Recommendation: it depends", "Decision: not yet"). */
const UNDECIDED = new Set(['depends', 'tbd', 'undecided', 'unclear', 'open', 'pending', 'not', 'none', 'either']);

/** Words that open a conclusion drawn from what came before ("So: warm standby.", "Therefore API Gateway."). */
const CONCLUDING = new Set(['so', 'therefore', 'hence', 'thus', 'conclusion']);

/** The sentences of the block sentence `i` is in, from `i` on, walking by `step` (1 onwards, -1 back). */
function blockFrom(sentences: readonly AnalysedSentence[], i: number, step: 1 | -1): AnalysedSentence[] {
  const block = sentences[i]?.span.block;
  const out: AnalysedSentence[] = [];
  for (let k = i; sentences[k] !== undefined && sentences[k]?.span.block === block; k += step) {
    const s = sentences[k];
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** The block that sentence `i` opens, or, when it opens a list, the whole list (its items are blocks of their own). */
function blockOrListFrom(sentences: readonly AnalysedSentence[], i: number): AnalysedSentence[] {
  const first = sentences[i];
  if (first === undefined || !first.span.listItem) return blockFrom(sentences, i, 1);
  const out: AnalysedSentence[] = [];
  for (let k = i; sentences[k]?.span.listItem === true && sentences[k]?.heading !== true; k++) {
    const s = sentences[k];
    if (s !== undefined) out.push(s);
  }
  return out;
}

/** Words a decision label may take before its head ("So, the actual decision:", "My final recommendation:"). */
const MAX_LABEL_WORDS = 4;
/** How far after a label's colon the option it names may start ("Strategy: a warm standby …"). */
const LABELLED_OPTION_WITHIN = 3;

/** The sentence has a colon inside it ("Strategy: …", "## Decision: …"). */
function hasColon(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.punctBefore === ':');
}

/**
 * The sentence is, or opens with, a decision label ("Strategy:", "My recommendation —" as a heading). After a
 * colon the label names what is chosen, one of the options, straight away ("Strategy: warm standby, …",
 * "So, the actual decision: REST API, …"); a clause of its own there ("Strategy selection: the candidate
 * selects …") is a topic, not a choice.
 */
function decisionLabel(s: AnalysedSentence, options: readonly PhraseMatch[]): boolean {
  // a heading that is a label ("## Recommendation") heads the decision; one with a colon names it ("## Strategy: …")
  if (s.heading && !hasColon(s.tokens))
    return s.tokens.length <= 4 && s.tokens.some((t) => DECISION_LABELS.has(t.word));
  for (let k = 1; k <= MAX_LABEL_WORDS && k < s.tokens.length; k++) {
    if (s.tokens[k]?.punctBefore !== ':') continue;
    // a label of one or two words, or a longer one that ends in its head ("the actual decision")
    const label =
      k <= 2
        ? s.tokens.slice(0, k).some((t) => DECISION_LABELS.has(t.word))
        : DECISION_LABELS.has(s.tokens[k - 1]?.word ?? '');
    if (label && options.some((m) => m.start >= k && m.start < k + LABELLED_OPTION_WITHIN)) return true;
    // "Strategy: data hot, compute half-warm.": a label that is all head names a choice in the writer's own words
    if (k === 1 && CHOICE_LABELS.has(s.tokens[0]?.word ?? '') && s.tokens.length - k >= 2 && !s.heading)
      return !UNDECIDED.has(s.tokens[1]?.word ?? '') && !UNDECIDED.has(s.tokens[2]?.word ?? '');
    // "| Area | Plan |" over "| Strategy | Pilot light |" reads "Plan: Strategy is Pilot light."
    return labelIsOption(s.tokens, k, options);
  }
  return labelIsOption(s.tokens, 0, options);
}

const LABEL_DETERMINERS = new Set(['the', 'our', 'my']);

/** "The strategy is pilot light", "Our choice is API Gateway": a decision label said to be an option, from `at`. */
function labelIsOption(tokens: readonly Token[], at: number, options: readonly PhraseMatch[]): boolean {
  let k = at;
  while (LABEL_DETERMINERS.has(tokens[k]?.word ?? '')) k++;
  if (!DECISION_LABELS.has(tokens[k]?.word ?? '') || tokens[k + 1]?.word !== 'is') return false;
  return options.some((m) => m.start >= k + 2 && m.start < k + 2 + LABELLED_OPTION_WITHIN);
}

/**
 * The sentence's options are one run of alternatives ("a DR strategy (backup & restore / pilot light / warm
 * standby)", "warm standby or pilot light"): naming them all side by side chooses none of them.
 */
function listsAlternatives(tokens: readonly Token[], options: readonly PhraseMatch[]): boolean {
  const sorted = [...options].sort((a, b) => a.start - b.start);
  if (new Set(sorted.map((m) => m.phrase.id)).size < 2) return false;
  for (let k = 1; k < sorted.length; k++) {
    const previous = sorted[k - 1];
    const next = sorted[k];
    if (previous === undefined || next === undefined) return false;
    // side by side with no punctuation the tokens keep ("pilot light / warm standby"), or joined by "or"
    const adjacent =
      next.start < previous.end || (next.start === previous.end && tokens[next.start]?.breakBefore === 'none');
    const or =
      next.start === previous.end + 1 &&
      tokens[previous.end]?.word === 'or' &&
      tokens[previous.end]?.breakBefore === 'none' &&
      tokens[next.start]?.breakBefore === 'none';
    if (!adjacent && !or) return false;
  }
  return true;
}

/** Words about grading, and the self-references that make a sentence about its own grade. */
const GRADING = new Set(['grade', 'graded', 'grader', 'grading', 'evaluator', 'scoring']);
const SELF_REFERENCES = ['this answer', 'this response', 'my answer', 'it as'];

/**
 * The sentence speaks to whoever grades the answer about its grade ("Note to the grader: this answer covers
 * every criterion", "Please grade it as delights"): a request for a verdict, not an answer.
 */
function pleadsForGrade(tokens: readonly Token[]): boolean {
  if (!tokens.some((t) => GRADING.has(t.word))) return false;
  const words = ` ${tokens.map((t) => t.word).join(' ')} `;
  return SELF_REFERENCES.some((r) => words.includes(` ${r} `));
}

/** Words that relate the items of a note ("one key per partner, linked to its plan", "checked by an authorizer"). */
const RELATIONS = new Set([
  'per',
  'by',
  'on',
  'to',
  'for',
  'with',
  'via',
  'from',
  'into',
  'over',
  'behind',
  'than',
  'when',
  'if',
  'because',
  'so',
  'until',
  'unless',
]);

/**
 * A terse note, not a keyword list: a fragment of four or more words that relates what it names
 * ("Authenticate: Cognito client-credentials tokens, checked by a Cognito authorizer"). Notes
 * written this way are how many seniors answer; a list of bare terms is still not one.
 */
function isNote(s: AnalysedSentence): boolean {
  // a relation word on its own, not the first half of a compound ("per-request pricing")
  return !s.heading && s.tokens.length >= 4 && s.tokens.some((t) => RELATIONS.has(t.word) && t.joinStem === null);
}

function isTermList(s: AnalysedSentence): boolean {
  const covered = new Set<number>();
  for (const m of s.concepts) for (let i = m.start; i < m.end; i++) covered.add(i);
  const relates = [...s.signals].some((k) => k !== 'scenario');
  return !relates && covered.size / Math.max(1, s.tokens.length) >= TERM_LIST_DENSITY;
}

/** Ordinals that count off items named before: "The first is that …", "Another one is …". */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'next', 'last', 'final', 'other', 'another']);

/** The sentence opens by counting off an item: "The first is that …", "Another one is …", "The second: …". */
function enumeratesItem(tokens: readonly Token[]): boolean {
  let k = tokens[0]?.word === 'the' ? 1 : 0;
  if (!ORDINALS.has(tokens[k]?.word ?? '')) return false;
  k++;
  if (tokens[k]?.word === 'one') k++;
  return tokens[k]?.word === 'is' || tokens[k]?.word === 'was' || tokens[k]?.punctBefore === ':';
}

function asserted(m: PhraseMatch, scope: Scope): boolean {
  for (let i = m.start; i < m.end; i++) if (scope.framed[i] === true) return false;
  return !scope.negations.some((neg) => neg.cueEnd <= m.start && m.start < neg.to);
}

function dedupe(matches: PhraseMatch[]): PhraseMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => {
    if (seen.has(m.phrase.id)) return false;
    seen.add(m.phrase.id);
    return true;
  });
}

/**
 * Quoted passages: double quotes, or single quotes that open at a word's start and close at its end
 * ("'It's pay-per-use, so it's cheaper' is a slogan"); an apostrophe inside a word ("it's") is neither.
 */
const QUOTED = [
  /["\u201c\u201d]([^"\u201c\u201d]{3,})["\u201c\u201d]/g,
  /(?<![\p{L}\p{N}])['\u2018]((?:[^'\u2018\u2019]|(?<=\p{L})['\u2019](?=\p{L})){3,}?)['\u2019](?![\p{L}\p{N}])/gu,
];

/** No token is quoted (read as false at every index; shared: most sentences quote nothing). */
const NOT_QUOTED: readonly boolean[] = [];

/** Per token: inside quotation marks ("“Serverless is better” is a slogan"). */
function quotedTokens(text: string, tokens: readonly Token[]): readonly boolean[] {
  if (!/["'\u2018\u2019\u201c\u201d]/.test(text)) return NOT_QUOTED;
  const quoted = new Array<boolean>(tokens.length).fill(false);
  for (const pattern of QUOTED) {
    let from = 0;
    for (const m of text.matchAll(pattern)) {
      const words = tokenizeText(normalizeText(m[1] ?? '')).map((t) => t.word);
      if (words.length === 0) continue;
      // the quoted words, found in the sentence's own tokens from where the last quote ended
      for (let i = from; i + words.length <= tokens.length; i++) {
        if (words.every((w, k) => tokens[i + k]?.word === w)) {
          for (let k = i; k < i + words.length; k++) quoted[k] = true;
          from = i + words.length;
          break;
        }
      }
    }
  }
  return quoted;
}

/**
 * A sentence's analysis, built by a constructor rather than an object literal. V8 pretenures an object
 * literal's (or array literal's) allocation site for good when, at a scavenge, nearly all it made since the
 * previous one is still alive — true of anything kept for the whole grade when a scavenge falls in the first
 * grade. A pretenured record that has died still keeps every young object it points to (tokens, scope,
 * matches) alive through each scavenge until the next full GC: each scavenge copied ~1.5 MB and paused
 * 6–15 ms, which set the grade's p95 (ADR 011, session 11). Objects made by `new` are never pretenured.
 */
class SentenceRecord implements AnalysedSentence {
  index: number;
  span: SentenceSpan;
  tokens: Token[];
  scope: Scope;
  mentions: string[];
  concepts: PhraseMatch[];
  signals: Set<SignalKind>;
  prose: boolean;
  question: boolean;
  heading: boolean;
  copied = false;
  decides = false;
  eligible = false;

  constructor(
    index: number,
    span: SentenceSpan,
    tokens: Token[],
    scope: Scope,
    mentions: string[],
    concepts: PhraseMatch[],
    signals: Set<SignalKind>,
    prose: boolean,
    question: boolean,
    heading: boolean,
  ) {
    this.index = index;
    this.span = span;
    this.tokens = tokens;
    this.scope = scope;
    this.mentions = mentions;
    this.concepts = concepts;
    this.signals = signals;
    this.prose = prose;
    this.question = question;
    this.heading = heading;
  }
}

export function analyseAnswer(answer: string, compiled: CompiledPrompt, knowledge?: CompiledKnowledge): AnalysedAnswer {
  const lexicon = getCueLexicon();
  const claims: Claim[] = [];
  let claimContext: ClaimContext = { subject: null };
  const entityMatches: PhraseMatch[][] = [];
  const spans = splitSentences(answer);
  const sentences: AnalysedSentence[] = [];
  const recommends: boolean[] = [];
  const changes: boolean[] = [];
  let framingList = false;
  // the list item being read opened with a sentence that is a quotation, whole
  let quotedItem = false;
  const recommendCues: PhraseMatch[][] = [];
  const causeStarts: number[][] = [];
  const lexicons: PhraseMatch[][] = [];
  const termMatches: PhraseMatch[][] = [];

  spans.forEach((span, index) => {
    const normalized = normalizeText(span.reading ?? span.text);
    const tokens = tokenizeText(normalized);
    const lex = matchPhrases(tokens, lexicon, { skipFillers: true });
    const scope = analyseScope(tokens, lex);
    const found = matchPhrases(tokens, compiled.trie, { abbreviations: compiled.abbreviations, skipFillers: true });
    // a bold lead is a heading ("**Cost:**"), unless it is a whole sentence ("**API Gateway today.**")
    const boldLead = /^(\*\*|__)[^*_]+(\*\*|__)[.:]?$/.test(span.text) && !/[.!?](\*\*|__)$/.test(span.text);
    const heading = span.heading || boldLead;
    const question = /\?["')*_\s]*$/.test(span.text);

    // "Common myths:" followed by list items: those items are reported, not asserted
    const previous = spans[index - 1];
    // a blank line ends the framed list: the next list is the candidate's own
    const listGoesOn = previous !== undefined && (previous.listItem || previous.block !== span.block);
    if (framingList && span.listItem && listGoesOn && !(span.afterBlankLine && previous.listItem)) {
      // '- "ALB can't do auth." Out of the box …, until you add …': after a quoted myth, the rest of its item is the
      // writer's answer to it
      const opensItem = previous.block !== span.block;
      if (opensItem) quotedItem = QUOTED_WHOLE.test(span.text.trim());
      if (opensItem || !quotedItem) scope.framed.fill(true);
    } else framingList = false;
    if ((span.text.trimEnd().endsWith(':') || heading) && scope.framesFollowing) framingList = true;
    // "… some arguments I hear. The first is that …": an item counted off what the sentence before reported
    const before = sentences[sentences.length - 1];
    if (enumeratesItem(tokens) && before !== undefined && before.scope.framed.some(Boolean)) scope.framed.fill(true);

    const conceptMatches = found.filter((m) => m.phrase.kind === 'concept');
    const prose = !heading && isStatement(tokens, normalized, lex, conceptMatches);
    const concepts = question || heading ? [] : dedupe(conceptMatches.filter((m) => asserted(m, scope)));
    const { signals, recommends: r, changes: c } = detectSignals(tokens, lex, compiled.anchors, compiled.scenarioTrie);
    recommends.push(r);
    changes.push(c);

    if (scope.refutesPrevious) {
      const before = sentences[sentences.length - 1];
      if (before !== undefined) {
        before.concepts = [];
        for (const c of claims) if (c.sentence === before.index && c.modality === 'asserted') c.modality = 'reported';
      }
    }
    // "Why would anyone run an ALB when …? Because the containers need one later.": answered, the question was genuine
    const asked = sentences[sentences.length - 1];
    if (asked?.question === true && ANSWERS_WHY.has(tokens[0]?.word ?? '')) {
      for (let k = claims.length - 1; k >= 0; k--)
        if (claims[k]?.sentence === asked.index && claims[k]?.rhetorical === true) claims.splice(k, 1);
    }
    if (knowledge !== undefined && !heading) {
      const read = extractClaims(
        { index, tokens, scope, lexicon: lex, question, quoted: quotedTokens(span.reading ?? span.text, tokens) },
        knowledge,
        claimContext,
      );
      claimContext = read.context;
      claims.push(...read.claims);
      entityMatches[index] = read.entities;
    } else if (knowledge !== undefined && hasColon(tokens)) {
      // a heading claims nothing, but one with a colon may name a choice ("## Decision: API Gateway")
      entityMatches[index] = matchPhrases(tokens, knowledge.entityTrie, { skipFillers: true });
    }
    const mentions = [...new Set(conceptMatches.map((m) => m.phrase.id))];
    sentences.push(
      new SentenceRecord(index, span, tokens, scope, mentions, concepts, signals, prose, question, heading),
    );
    recommendCues.push(
      lex.filter(
        (m) =>
          m.phrase.kind === 'recommend' &&
          scope.hypothetical[m.start] !== true &&
          scope.framed[m.start] !== true &&
          !(WEAK_DECISION.has(m.phrase.id) && inquires(tokens, m)) &&
          // "before picking a side", "without choosing yet": a choice not (yet) made
          !NOT_YET.has(tokens[m.start - 1]?.word ?? ''),
      ),
    );
    causeStarts.push(lex.filter((m) => m.phrase.kind === 'cause' && REASONS.has(m.phrase.id)).map((m) => m.end));
    lexicons.push(lex);
    termMatches.push(conceptMatches);
  });

  // a recommendation with what would change it (same or next sentence)
  sentences.forEach((s, i) => {
    if (
      recommends[i] === true &&
      (changes[i] === true || (changes[i + 1] === true && sentences[i + 1]?.span.block === s.span.block))
    ) {
      s.signals.add('recommendation');
    }
  });

  // copies of the prompt or rubric, and repeats, are not evidence
  const seenSentences = new Set<string>();
  for (const s of sentences) {
    const stems = s.tokens.map((t) => t.stem);
    const grams = compiled.promptTrigrams.shared(stems);
    const copiedShare = grams.total === 0 ? 0 : grams.shared / grams.total;
    const key = stems.join(' ');
    // a short sentence may say what the rubric says in the same plain words ("keys identify, they don't
    // authenticate"): copying is a run of the prompt's text, at least MIN_COPIED_TRIGRAMS long
    s.copied =
      (grams.shared >= MIN_COPIED_TRIGRAMS && copiedShare >= COPIED_SHARE) ||
      (stems.length >= 4 && seenSentences.has(key));
    seenSentences.add(key);
    if (s.copied) s.concepts = [];
  }
  // a correct claim is evidence for the concepts that name its fact, whatever the wording
  const checked: CheckedClaim[] =
    knowledge === undefined ? [] : checkClaims(claims, knowledge, (i) => sentences[i]?.tokens ?? []);
  // filtered, not grouped into `[]` literals: a literal allocation site that V8 pretenures would keep each
  // grade's claims alive through every scavenge (see SentenceRecord)
  const claimsOf = sentences.map((s) => checked.filter((c) => c.sentence === s.index));
  // per sentence with claims, the words that cannot relate a service to an attribute (weigh-substance.ts)
  const inert: (Uint8Array | undefined)[] = [];
  const inertOf = (i: number): Uint8Array =>
    (inert[i] ??= inertTokens(
      sentences[i]?.tokens.length ?? 0,
      lexicons[i] ?? [],
      termMatches[i] ?? [],
      entityMatches[i] ?? [],
      claimsOf[i] ?? [],
    ));
  const checkedConcepts: (Set<string> | undefined)[] = [];
  for (const c of checked) {
    const s = sentences[c.sentence];
    if (s === undefined || s.copied || c.modality !== 'asserted' || c.correct !== true || c.entity === null) continue;
    // two items of one list ("the Load Balancer Controller, ingress, …") are no claim about each other
    if (!isRelated(c, s.tokens, inertOf(c.sentence))) continue;
    for (const { entity, concept } of compiled.conceptsByAttribute.get(c.attribute) ?? []) {
      const hit = knowledge !== undefined && isA(knowledge, c.entity, entity);
      if (!hit) continue;
      (checkedConcepts[c.sentence] ??= new Set()).add(concept);
      if (!s.concepts.some((m) => m.phrase.id === concept)) {
        s.concepts.push({ phrase: { kind: 'concept', id: concept, stems: [] }, start: 0, end: 0 });
      }
    }
  }
  // false claims are not evidence: the sentence that states one earns nothing
  const wrong = new Set(checked.filter((c) => c.modality === 'asserted' && c.correct === false).map((c) => c.sentence));
  for (const i of wrong) {
    const s = sentences[i];
    if (s !== undefined) s.concepts = [];
  }

  // the decision: a recommendation cue about something to decide on, and what it rests on
  const decisions: { strong: boolean; chooses: boolean; touched: Set<string>; chosen: ChosenOption | null }[] = [];
  let underDecisionHeading = false;
  sentences.forEach((s, i) => {
    const options =
      compiled.optionConcepts.size > 0
        ? (termMatches[i] ?? []).filter((m) => compiled.optionConcepts.has(m.phrase.id))
        : (entityMatches[i] ?? []);
    const labelled = decisionLabel(s, options);
    // "## Strategy: pilot light": a heading that names its choice after the colon is the decision itself
    const headingChooses = s.heading && labelled && hasColon(s.tokens);
    // "## Strategy" / "**Recommendation:**": the first statement under it is the decision (and gives its reasons)
    if (s.heading) {
      underDecisionHeading = labelled;
      if (!headingChooses) return;
    }
    // "API Gateway is the right call", "That's warm standby territory.": an option where the choice goes
    const stated = findStatedChoice(s.tokens, options, s.scope, compiled.optionConcepts.size > 0).map((m) => ({
      ...m,
      phrase: STATED_CHOICE,
    }));
    const cues = [...(recommendCues[i] ?? []), ...commitments(s, [...(entityMatches[i] ?? []), ...options]), ...stated];
    if (labelled || underDecisionHeading || concludesFromScenario(s, compiled)) {
      cues.push({ phrase: { kind: 'recommend', id: 'decision label', stems: [] }, start: 0, end: 0 });
    }
    if (!s.heading) underDecisionHeading = false;
    if (s.copied || s.question || cues.length === 0) return;
    // "I'd revisit if …" states what would change a decision, not the decision
    if ((changes[i] ?? false) && cues.every((m) => WEAK_DECISION.has(m.phrase.id))) return;
    const about = s.mentions.length > 0 || (entityMatches[i] ?? []).length > 0;
    if (!(about || labelled) || listsAlternatives(s.tokens, options)) return;
    s.decides = true;
    const firstCue = Math.min(...cues.map((m) => m.start));
    const cause = (causeStarts[i] ?? []).filter((k) => k > firstCue);
    const against =
      REGARDLESS.has(s.tokens[0]?.word ?? '') ||
      REGARDLESS.has(`${s.tokens[0]?.word ?? ''} ${s.tokens[1]?.word ?? ''}`);
    const reasons: { sentence: AnalysedSentence; from: number }[] = [];
    if (cause.length > 0) reasons.push({ sentence: s, from: firstCue });
    else {
      reasons.push({ sentence: s, from: 0 });
      const next = sentences[i + 1];
      const prev = sentences[i - 1];
      if (next !== undefined && next.span.block === s.span.block) reasons.push({ sentence: next, from: 0 });
      if (!against && prev !== undefined && prev.span.block === s.span.block) reasons.push({ sentence: prev, from: 0 });
      // "So: warm standby." concludes the paragraph before it, which gives its reasons
      if (CONCLUDING.has(s.tokens[0]?.word ?? '') && prev !== undefined && prev.span.block !== s.span.block)
        for (const r of blockFrom(sentences, i - 1, -1)) reasons.push({ sentence: r, from: 0 });
      // "## Strategy: warm standby" heads its reasons: the paragraph under it gives them; so does a decision that
      // stands alone as the answer's opening paragraph ("I'd build a warm standby.\n\nWhy: an hour of RTO …")
      const opensAlone = i === 0 && !s.heading && next !== undefined && next.span.block !== s.span.block;
      // …and a labelled line alone in its paragraph ("**Strategy**: data hot, compute half-warm." over its bullets)
      const labelAlone =
        labelled && next !== undefined && next.span.block !== s.span.block && prev?.span.block !== s.span.block;
      if ((s.heading || opensAlone || labelAlone) && next !== undefined && !next.heading)
        for (const r of blockOrListFrom(sentences, i + 1)) reasons.push({ sentence: r, from: 0 });
    }
    const touched = new Set<string>();
    for (const r of reasons) {
      for (const m of matchPhrases(r.sentence.tokens.slice(r.from), compiled.scenarioTrie, { skipFillers: true })) {
        touched.add(m.phrase.id);
      }
    }
    const strong = stated.length > 0 || (recommendCues[i] ?? []).some((m) => !WEAK_DECISION.has(m.phrase.id));
    // the option is read from the words that choose ("I'd build", "my pick", a label), before a "now" after an
    // option ("Active-active now would double the bill, so I'd build a warm standby"); a choosing word denied
    // ("what I would not do") chooses nothing, and what would change the decision is not what it chooses
    const choosing = [...(recommendCues[i] ?? []), ...stated].filter((m) => !deniedCue(s.tokens, m));
    const anchor = choosing.length > 0 ? Math.min(...choosing.map((m) => m.start)) : firstCue;
    const denied = choosing.length === 0 && cues.some((m) => deniedCue(s.tokens, m));
    const option = changes[i] === true || denied ? null : chosenOption(s.tokens, options, anchor);
    const chosen = option === null ? null : { option, sentence: i };
    decisions.push({ strong, chooses: options.length > 0, touched, chosen });
  });
  // the decision that counts is the last one stated outright ("my recommendation is…"), else the last one; one
  // that names an option comes first ("I'd build a warm standby" over "we'd use the failover that accepts loss")
  const latest = [...decisions].reverse();
  const primary =
    latest.find((d) => d.strong && d.chooses) ??
    latest.find((d) => d.strong) ??
    latest.find((d) => d.chooses) ??
    latest[0];
  // with no decision stated outright, an answer that leads with its decision and its reasons ("With an hour
  // to recover …, I'd build …") has reasoned it, whatever it decides in the details that follow
  const facts = new Set([
    ...(primary?.touched ?? []),
    ...(primary?.strong === true ? [] : (decisions[0]?.touched ?? [])),
  ]);
  const made = sentences.some((s) => s.decides);
  // the option chosen: the one every decision that names an option names ("Warm standby is my pick. A five-minute
  // RTO is active-active territory" chooses none), from the latest decision stated outright
  const named = decisions.flatMap((d) => (d.chosen === null ? [] : [d.chosen]));
  const unanimous = named.every((c) => c.option === named[0]?.option);
  const chosen = !unanimous
    ? null
    : ((latest.find((d) => d.strong && d.chosen !== null) ?? latest.find((d) => d.chosen !== null))?.chosen ?? null);
  for (const id of compiled.decisionConcepts) {
    // (a statement that decides earns the concept; a heading is no evidence)
    const s = sentences.find((x) => x.decides && !x.heading) ?? sentences.find((x) => x.decides);
    if (s !== undefined && !s.concepts.some((m) => m.phrase.id === id)) {
      s.concepts.push({ phrase: { kind: 'concept', id, stems: [] }, start: 0, end: 0 });
    }
  }
  // a prompt without a decision concept (a design prompt) is not judged on a decision sentence
  const required = compiled.decisionConcepts.length > 0;
  const reasoned = compiled.prompt.scenarioFacts.length === 0 ? made : facts.size > 0;

  let words = 0;
  let statementWords = 0;
  for (const s of sentences) {
    if (s.heading) continue;
    words += s.tokens.length;
    // text copied from the prompt is no statement of the candidate's, however well it is written
    if (!s.copied && (s.prose || isNote(s)) && !isTermList(s)) statementWords += s.tokens.length;
  }
  const keywordDump = words > 0 && statementWords / words < MIN_STATEMENT_SHARE;
  // keyword stuffing: concepts named in clauses that say nothing about them earn nothing
  const substance = { named: 0, empty: 0, clauses: 0 };
  const substanceOf = (i: number, strict: boolean) => ({
    claims: claimsOf[i] ?? [],
    lexicon: lexicons[i] ?? [],
    inert: () => inertOf(i),
    checkedConcepts: checkedConcepts[i],
    strict,
  });
  for (const s of sentences) {
    const statement = s.prose && !isTermList(s);
    s.eligible = !s.question && !s.heading && !s.copied && (statement || (!keywordDump && s.tokens.length >= 3));
    if (!s.eligible) continue;
    const weighed = weighSubstance(s, substanceOf(s.index, false));
    s.concepts = weighed.kept;
    substance.named += weighed.named;
    substance.empty += weighed.empty;
    substance.clauses += weighed.clauses;
  }
  // a stuffed answer has lost the benefit of the doubt: only what the knowledge base confirms counts
  const stuffed = !keywordDump && isStuffed(substance);
  if (stuffed) {
    // (the decision is judged on its own: "I'd pick X" still counts as a recommendation)
    const decisionIds = new Set(compiled.decisionConcepts);
    for (const s of sentences) {
      if (!s.eligible) continue;
      const confirmed = new Set(weighSubstance(s, substanceOf(s.index, true)).kept);
      s.concepts = s.concepts.filter((m) => confirmed.has(m) || decisionIds.has(m.phrase.id));
    }
  }
  const wordCount = countWords(answer);
  return {
    sentences,
    wordCount,
    keywordDump,
    stuffed,
    pleads: sentences.some((s) => pleadsForGrade(s.tokens)),
    substance,
    claims: checked,
    decision: { required, made, reasoned, scenarioFacts: [...facts], chosen },
  };
}
