/**
 * A choice stated by the sentence's grammar rather than by a recommendation cue ("I'd go with …"): one of the
 * scenario's options, as the content names them, where the sentence puts what is chosen —
 * - the subject of a predicate nominative that names a choice: "API Gateway is the right call", "for us, REST
 *   is clearly the safer bet" (a noun of suitability, "the natural fit", describes rather than chooses);
 * - what a demonstrative is said to be: "That's warm standby territory.", "That is pilot light, not more."
 * The words here are English grammar (copulas, determiners, nouns that name a choice), never the subject's
 * vocabulary: which phrases are options comes from the prompt (the strategies its decision criterion lists)
 * or the knowledge base (the services it compares). A denied, hypothetical or reported clause states no choice.
 */
import type { PhraseMatch, Scope, Token } from './types';

/** Nouns that name what is chosen: "the right call", "my pick", "warm standby territory". */
const CHOICE_NOUNS = new Set(['call', 'choice', 'pick', 'answer', 'winner', 'bet', 'territory']);

/** Determiners that single out the choice ("the right call", "my pick"); "an option" is one among several. */
const DEFINITE = new Set(['the', 'my', 'our']);

/** Articles before the option a demonstrative is said to be ("That's a warm standby."). */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Subjects that point back at what was just weighed: "That's warm standby territory." */
const DEMONSTRATIVES = new Set(['that', 'this']);

/** Words between the copula and the choice noun: an adverb, the determiner, up to two modifiers. */
const MAX_MODIFIERS = 2;

/** A token that ends a clause: the sentence's end or punctuation before the next word. */
function endsClause(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k];
  return next === undefined || next.breakBefore !== 'none';
}

/** Nothing from `from` to `to` is denied, supposed or reported. */
function asserted(scope: Scope, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (scope.hypothetical[k] === true || scope.framed[k] === true) return false;
    if (negated(scope, k)) return false;
  }
  return true;
}

// (a loop, not `some` with a closure: a closure over the loop variable makes V8 allocate a context per token)
function negated(scope: Scope, k: number): boolean {
  for (const neg of scope.negations) if (neg.cueEnd <= k && k < neg.to) return true;
  return false;
}

/** "… is [clearly] the [right] call": the choice noun's index after the copula at `k`, or -1. */
function choiceNounAfter(tokens: readonly Token[], k: number): number {
  let j = k + 1;
  if (!DEFINITE.has(tokens[j]?.word ?? '') && tokens[j]?.breakBefore === 'none') j++; // "clearly the …"
  if (!DEFINITE.has(tokens[j]?.word ?? '') || tokens[j]?.breakBefore !== 'none') return -1;
  for (let m = 0; m <= MAX_MODIFIERS; m++) {
    const t = tokens[j + 1 + m];
    if (t === undefined || t.breakBefore !== 'none') return -1;
    if (CHOICE_NOUNS.has(t.word)) return j + 1 + m;
  }
  return -1;
}

/** Verbs that, opening a sentence in the imperative, choose their object: "Use a warm standby …". */
const IMPERATIVES = new Set(['use', 'choose', 'pick', 'adopt', 'deploy', 'build', 'run', 'implement', 'go', 'start']);
/** The particle some of them take before the option: "Go with …", "Start with …". */
const PARTICLES = new Set(['with', 'for']);

/** "Use a warm standby in a second Region.", "Go with pilot light.": the option the opening imperative takes. */
function imperativeTakes(tokens: readonly Token[], option: PhraseMatch): boolean {
  if (!IMPERATIVES.has(tokens[0]?.word ?? '')) return false;
  let j = 1;
  if (PARTICLES.has(tokens[j]?.word ?? '')) j++;
  while (ARTICLES.has(tokens[j]?.word ?? '')) j++;
  return j === option.start && !anyBreak(tokens, 1, option.start + 1);
}

function anyBreak(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.breakBefore !== 'none') return true;
  return false;
}

/**
 * `imperative`: whether an opening imperative may choose (only among options the prompt names as the choice, such
 * as strategies; "Use Cognito for sign-in" names a service, not the decision).
 */
export function findStatedChoice(
  tokens: readonly Token[],
  options: readonly PhraseMatch[],
  scope: Scope,
  imperative = false,
): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const option of options) {
    if (imperative && imperativeTakes(tokens, option) && asserted(scope, 0, option.end)) {
      out.push({ ...option, start: 0 });
      continue;
    }
    // "API Gateway is the right call"
    if (tokens[option.end]?.stem === 'be' && tokens[option.end]?.breakBefore === 'none') {
      const noun = choiceNounAfter(tokens, option.end);
      if (noun >= 0 && asserted(scope, option.start, noun + 1)) out.push({ ...option, end: noun + 1 });
    }
    // "An hour of RTO is warm-standby territory.": whatever the subject, a copula, the option and a choice noun
    if (tokens[option.start - 1]?.stem === 'be' && CHOICE_NOUNS.has(tokens[option.end]?.word ?? '')) {
      const end = option.end + 1;
      if (endsClause(tokens, end) && asserted(scope, option.start - 1, end)) {
        out.push({ ...option, start: option.start - 1, end });
        continue;
      }
    }
    // "That's warm standby territory." / "That is pilot light, not more."
    const copula = tokens[option.start - 1]?.stem === 'be' ? option.start - 1 : option.start - 2;
    const demonstrative = tokens[copula - 1];
    const clauseStart = copula - 1 === 0 || demonstrative?.breakBefore !== 'none';
    if (
      tokens[copula]?.stem === 'be' &&
      (copula === option.start - 1 || ARTICLES.has(tokens[option.start - 1]?.word ?? '')) &&
      DEMONSTRATIVES.has(demonstrative?.word ?? '') &&
      clauseStart
    ) {
      const end = CHOICE_NOUNS.has(tokens[option.end]?.word ?? '') ? option.end + 1 : option.end;
      if (endsClause(tokens, end) && asserted(scope, copula - 1, end)) out.push({ ...option, start: copula - 1, end });
    }
  }
  return out;
}
