/**
 * Types of the mock-interview grader (DESIGN.md §1 `lib/core/rubric`, §7 grader notes).
 *
 * Public: GradeInput, GradeResult, CriterionResult, TrapFinding, Grader.
 * Internal (exported for the rubric's own files and tests): the token, sentence and
 * compiled-prompt shapes the pipeline passes between its steps.
 */
import type { KnowledgeBase, KnowledgeFact, Level, Misconception, Prompt } from '@/lib/core/content/types';
import type { TrigramSet } from './compile-prompt';

export type { KnowledgeBase, KnowledgeFact, Level, Misconception, Prompt } from '@/lib/core/content/types';

// ---------------------------------------------------------------- public

export type GradeInput = {
  prompt: Prompt;
  /** The candidate's answer, plain text or Markdown. */
  answer: string;
  /** Corrections for trap findings are looked up here by misconception id. */
  misconceptions: readonly Misconception[];
  /** The facts of the prompt's comparison (content/knowledge/): claims are checked against them. Null: none to check. */
  knowledge: KnowledgeBase | null;
};

export type CriterionResult = {
  id: string;
  title: string;
  level: Level;
  /** Level points: miss 0, meets 1, delights 2. */
  score: number;
  /** The answer's sentences that earned the level, verbatim (empty at miss). */
  evidence: string[];
  /** Ids of this criterion's concepts found asserted in the answer (also at miss). */
  concepts: string[];
  /** What the next level needs, in words; null at delights. */
  next: string | null;
};

export type TrapFinding = {
  /** Misconception id. */
  id: string;
  /** The sentence that asserts it, verbatim. */
  evidence: string;
  /** What is true instead (the misconception's correction). */
  correction: string;
};

export type ChosenOption = { option: string; sentence: number };

export type GradeResult = {
  /** Prompt id. */
  prompt: string;
  verdict: Level;
  /** 0–100: weighted mean of criterion points (miss 0, meets 1, delights 2); 50 = meets everywhere. */
  score: number;
  criteria: CriterionResult[];
  traps: TrapFinding[];
  /** Claims that contradict the knowledge base, each with what is true instead. */
  errors: ClaimError[];
  /** Things the answer says both hold and don't hold, with both sentences. */
  contradictions: { entity: string; attribute: string; claim: string; holds: string; denies: string }[];
  /** What the answer claims that the knowledge base can judge (asserted claims only). */
  claims: ClaimSummary[];
  /** The option the decision chose when the scenario rules it out (prompt `misfits`), with why. */
  misfit: { choice: string; label: string; evidence: string; why: string } | null;
  /** Set when the answer could not be judged fairly (language, length, topic): the verdict is then only a floor. */
  unassessed: { reason: 'empty' | 'language' | 'too-short' | 'off-prompt'; message: string } | null;
  wordCount: number;
};

export type ClaimSummary = {
  entity: string;
  attribute: string;
  holds: boolean;
  value: number | null;
  correct: boolean;
  /** The sentence, verbatim. */
  evidence: string;
};

/** The seam where another grader (e.g. model-based) plugs in. */
export interface Grader {
  id: string;
  grade(input: GradeInput): Promise<GradeResult>;
}

// ---------------------------------------------------------------- internal: text

/** Punctuation between two word tokens, as far as scope rules care. */
export type Break = 'none' | 'comma' | 'strong';

export type Token = {
  /** Lower-cased surface form after normalisation ("29", "s", "authorizers"). */
  word: string;
  /** Stem used for matching ("authoriz"). */
  stem: string;
  /** Stem of this word glued to the next one, when they were written with - / . between them. */
  joinStem: string | null;
  /** The original word started with a capital letter. */
  cap: boolean;
  /** Punctuation seen before this token (since the previous word). */
  breakBefore: Break;
  /** The strongest punctuation before this token was this literal character (":" "—" "," …), or "". */
  punctBefore: string;
};

/** A sentence as written: `text` is an exact substring of the answer. */
export type SentenceSpan = {
  text: string;
  start: number;
  end: number;
  /** Index of the block (paragraph, list item or heading) it belongs to. */
  block: number;
  /** The block is a Markdown list item. */
  listItem: boolean;
  /** The block is a heading (`#`, or a line that is entirely bold). */
  heading: boolean;
  /** The sentence opens a block that follows a blank line (a new list or paragraph). */
  afterBlankLine: boolean;
  /**
   * What the grader reads instead of `text`, when that differs: a Markdown table cell is read with
   * its column and row headers ("ALB: no WebSockets"), while `text` (the row) is what evidence quotes.
   */
  reading?: string;
};

// ---------------------------------------------------------------- internal: phrases

/** 'concept' and 'cue' (trap cue) come from the prompt; the rest from the cue lexicon. */
export type PhraseKind =
  | 'concept'
  | 'entity'
  | 'attribute'
  | 'attribute-negative'
  | 'agreement'
  | 'privation'
  | 'qualifier'
  | 'maximum'
  | 'cue'
  | 'negation'
  | 'pseudo-negation'
  | 'dismissal'
  | 'frame'
  | 'attribution'
  | 'attribution-subject'
  | 'attribution-verb'
  | 'contrary'
  | 'contrast'
  | 'terminator'
  | 'condition'
  | 'comparator'
  | 'tradeoff'
  | 'cause'
  | 'recommend'
  | 'change'
  | 'situation'
  | 'light'
  | 'aux';

export type Phrase = {
  kind: PhraseKind;
  /** Concept id, misconception id of a trap cue, or the lexicon entry's own text. */
  id: string;
  stems: readonly string[];
  /**
   * Some spelling of it has a determiner right before its last word ("check a token"): its noun may take one
   * modifier in an answer ("check a partner's token").
   */
  determinedNoun?: boolean;
};

export type TrieNode = {
  next: Map<string, TrieNode>;
  /** Phrases that end here. */
  ends: Phrase[];
};

export type PhraseMatch = {
  phrase: Phrase;
  /** Token range [start, end). */
  start: number;
  end: number;
};

// ---------------------------------------------------------------- internal: analysis

export type SignalKind = 'condition' | 'comparison' | 'tradeoff' | 'cause' | 'recommendation' | 'scenario';

/** A negation cue's reach: a span starting at `from`..`to` (exclusive) is negated when it starts after `cueEnd`. */
export type NegationScope = { cueEnd: number; to: number };

/** What the cue-and-scope pass found in one sentence. */
export type Scope = {
  negations: NegationScope[];
  /** Inside a refutation or attribution frame ("a common myth is…", "people say…", "… isn't true"). */
  framed: boolean[];
  /** Inside the antecedent of "if", "unless", "whether": hypothetical, not asserted. */
  hypothetical: boolean[];
  /** The sentence opens by refuting what came before ("That's a myth.", "Not true:"). */
  refutesPrevious: boolean;
  /** The sentence ends inside a frame and introduces what follows ("Common myths:"). */
  framesFollowing: boolean;
  /** Clauses: split at strong punctuation and contrast words ("but", "whereas"). */
  clauses: TokenRange[];
  /** Sub-clauses: clauses further split before "because", "so", ", which" and the like. */
  subs: TokenRange[];
  /** Index into `subs` of each token's sub-clause. */
  subOf: number[];
};

/** Tokens [start, end). */
export type TokenRange = { start: number; end: number };

export type AnalysedSentence = {
  index: number;
  span: SentenceSpan;
  tokens: Token[];
  scope: Scope;
  /** Every concept id named in the sentence, asserted or not. */
  mentions: string[];
  /** Concept matches whose whole span is asserted (not negated, not framed). */
  concepts: PhraseMatch[];
  signals: Set<SignalKind>;
  /** Has a verb and enough words to be a statement rather than a fragment or keyword list. */
  prose: boolean;
  question: boolean;
  /** A heading, or a line that is only a bold lead-in ("**Cost.**"). */
  heading: boolean;
  /** Mostly words of the prompt or rubric (or a repeat of an earlier sentence): never evidence. */
  copied: boolean;
  /** Makes a decision: a recommendation cue and something to decide on, asserted. */
  decides: boolean;
  /**
   * Counts as evidence: a statement that is not a bare term list, or (unless the answer is a
   * keyword dump) any fragment of three words or more; never a question or a heading.
   */
  eligible: boolean;
};

export type AnalysedAnswer = {
  sentences: AnalysedSentence[];
  wordCount: number;
  /** Too little of the answer is written as statements: fragments don't count as evidence. */
  keywordDump: boolean;
  /**
   * Written in sentences, but most concepts it names sit in clauses that say nothing about them
   * ("X, Y and Z all matter", ten terms under one predicate): keyword-stuffed, a miss (weigh-substance.ts).
   */
  stuffed: boolean;
  /** A sentence asks whoever grades it for a verdict ("Please grade it as delights"): gaming, a miss. */
  pleads: boolean;
  /** Distinct concepts named per clause in eligible sentences, how many of them earn nothing, and the clauses that name any. */
  substance: { named: number; empty: number; clauses: number };
  /** What the sentences claim, checked against the knowledge base (empty without one). */
  claims: CheckedClaim[];
  /** The answer's decision: made at all, and reasoned from the scenario's facts (prompt `scenarioFacts`). */
  decision: {
    required: boolean;
    made: boolean;
    reasoned: boolean;
    scenarioFacts: string[];
    /** The option the decision chooses (an option concept of the prompt), with the sentence that chooses it. */
    chosen: ChosenOption | null;
  };
};

export type CompiledConcept = { id: string; label: string };

export type CompiledPrompt = {
  prompt: Prompt;
  /** Concept terms. */
  trie: TrieNode;
  concepts: Map<string, CompiledConcept>;
  /** Abbreviations the prompt's own prose writes in capitals ("alb", "waf", "rto"). */
  abbreviations: Set<string>;
  /** Stems that tie a sentence to this scenario (its proper nouns and numbers). */
  anchors: Set<string>;
  /** Word trigrams of the prompt's own text (scenario, rubric, concept labels): copying them is not evidence. */
  promptTrigrams: TrigramSet;
  /** The scenario's facts (`scenarioFacts` terms) a decision's reasons should touch. */
  scenarioTrie: TrieNode;
  /** Concepts found by the decision detector rather than by terms (`detect: decision`). */
  decisionConcepts: string[];
  /**
   * What the decision chooses between: the other concepts its criterion lists for meets (the DR strategies).
   * Empty when that criterion lists none: the knowledge base's services are then the options.
   */
  optionConcepts: Set<string>;
  /** `concepts[].facts` by attribute: which concept a correct claim about (entity, attribute) evidences. */
  conceptsByAttribute: Map<string, { entity: string; concept: string }[]>;
};

/** A rubric criterion of a prompt. */
export type Criterion = Prompt['criteria'][number];

/** A phrase to compile: a concept term, a trap cue or a lexicon entry. */
export type PhraseSource = { kind: PhraseKind; id: string; text: string };

export type MatchOptions = {
  /** Abbreviations to recognise from capitalised runs of words. */
  abbreviations?: ReadonlySet<string>;
  /** Skip filler words inside a match ("the ALB", "really a myth"). */
  skipFillers?: boolean;
  /**
   * Allow this many other words inside a match, after its first two words and not next to
   * punctuation; never a negation or a conjunction ("the ALB can only route [based] on
   * path"). Used for trap cues.
   */
  maxGaps?: number;
  /** Pass over one word between a determiner and the rest of a phrase ("check a partner's token"). */
  modifierGap?: boolean;
};

export type SentenceSignals = { signals: Set<SignalKind>; recommends: boolean; changes: boolean };

export type NextStepInput = {
  criterion: Criterion;
  level: Level;
  compiled: CompiledPrompt;
  meetsFound: ReadonlySet<string>;
  delightsFound: ReadonlySet<string>;
  reasoning: boolean;
  keywordDump: boolean;
  /** The answer names concepts in sentences that say nothing about them (AnalysedAnswer.stuffed). */
  stuffed: boolean;
  /** Concepts of this criterion that appear only in fragments, questions or negated/reported clauses. */
  unusedMentions: ReadonlySet<string>;
  /** What the whole answer looks like: empty, off the topic (no rubric concept at all), or on it. */
  answer: 'empty' | 'off-topic' | 'on-topic';
};

// ---------------------------------------------------------------- internal: claims (ADR 010)

export type CompiledKnowledge = {
  kb: KnowledgeBase;
  entityTrie: TrieNode;
  /** Attribute aliases ('attribute') and negative aliases ('attribute-negative'). */
  attributeTrie: TrieNode;
  /** Keyed `entity/attribute`. */
  facts: Map<string, KnowledgeFact>;
  attributes: Map<string, KnowledgeBase['attributes'][number]>;
  entities: Map<string, KnowledgeBase['entities'][number]>;
  parents: Map<string, string>;
  children: Map<string, string[]>;
  /** Attributes some fact or false claim is about: only these are read into claims (the rest only qualify a clause). */
  claimable: Set<string>;
  /** Indexes into `kb.falseClaims` by attribute. */
  falseClaimsByAttribute: Map<string, number[]>;
  /** Per false claim (same order), its `unless` phrases as stem sequences. */
  unless: string[][][];
  /** Per false claim, per `unless` phrase: it names an entity or attribute (so it counts in the claim's clause only). */
  unlessNamesThing: boolean[][];
  /** Per unit, the one claimable attribute a bare number in that unit names (content: `namedByUnit`). */
  attributeByUnit: Map<string, string>;
  /** Per unit, the claimable attribute a word of going past a number in that unit names (content: `namedByExceeding`). */
  attributeByExceeding: Map<string, string>;
};

/** How a claim is put: in the candidate's own voice, or not. */
export type Modality = 'asserted' | 'reported' | 'hypothetical' | 'asked' | 'qualified';

/** One thing a sentence says: an attribute of an entity, held or denied, maybe with a number. */
export type Claim = {
  sentence: number;
  /** The entity it is about, or null when the clause names none (and no pronoun resolves). */
  entity: string | null;
  /** The entity is only the object of a preposition ("WAF on an HTTP API"): good enough to spot a trap, not to judge. */
  entityIsObject: boolean;
  /** The preposition before that object ("on", "to", "of"). */
  entityPreposition: string | null;
  attribute: string;
  /** Token range of the attribute's words in the sentence. */
  at: TokenRange;
  /** The entity's words ([0, 0) when there is none); a pronoun's own token when resolved from one. */
  entityAt: TokenRange;
  holds: boolean;
  /** A number stated for a quantity attribute, in the attribute's unit. */
  value: number | null;
  /** The number was given as a maximum ("up to", "maxes out at"). */
  maximum: boolean;
  modality: Modality;
  /** The clause it sits in (contrast-bounded), for `with` and `unless`. */
  clause: TokenRange;
  /** Attribute ids named anywhere in that clause. */
  clauseAttributes: ReadonlySet<string>;
  /** Read from a bare number in the attribute's unit ("10 MB to the Lambda"): evidence of a trap, never judged as an error. */
  unnamed?: boolean;
  /** The entity was named with "every" / "all" / "any" / "both" / "each": the claim holds of each of its kinds. */
  universal?: boolean;
  /** Read from a rhetorical why-question ("Why would we run an ALB when …?"): void if the next sentence answers it. */
  rhetorical?: boolean;
};

export type CheckedClaim = Claim & {
  /** true: matches the knowledge base; false: contradicts it; null: the base does not say. */
  correct: boolean | null;
  /** The fact it was checked against (its `says` is the correction). */
  fact: KnowledgeFact | null;
  /** The misconception it asserts, if it matches one of the base's false claims. */
  misconception: string | null;
};

/** A false claim in an answer, with what is true instead. */
export type ClaimError = {
  /** The sentence, verbatim. */
  evidence: string;
  entity: string;
  attribute: string;
  /** The answer's claim in words ("Application Load Balancer: authorizers (Lambda, Cognito, JWT, IAM)", "… = 29"). */
  claim: string;
  correction: string;
  sources: string[];
};
