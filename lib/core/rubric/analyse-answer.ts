/**
 * Reads an answer sentence by sentence: tokens, cue-and-scope analysis, the prompt's
 * concepts and trap cues that are asserted there, reasoning signals, and whether the
 * sentence is a statement. Then the cross-sentence rules: "That's a myth." refutes the
 * sentence before it, "Common myths:" frames the list items after it, a recommendation
 * pairs with a change condition in the same or the next sentence, and an answer written
 * mostly as fragments or term lists ("We use WAF, usage plans, throttling and Shield." —
 * terms make up 40%+ of the words and nothing relates them) is a keyword dump: its
 * fragments don't count as evidence and its verdict is a miss.
 */
import { getCueLexicon } from './get-cue-lexicon';
import { analyseScope } from './analyse-scope';
import { detectSignals } from './detect-signals';
import { isStatement } from './is-statement';
import { matchPhrases } from './match-phrases';
import { normalizeText } from './normalize-text';
import { splitSentences } from './split-sentences';
import { tokenizeText } from './tokenize-text';
import type { AnalysedAnswer, AnalysedSentence, CompiledPrompt, PhraseMatch, Scope } from './types';

/** Share of the answer's words that must sit in statements for fragments to count. */
const MIN_STATEMENT_SHARE = 0.5;
/** A statement whose words are at least this much concept terms, with nothing relating them, is a term list. */
const TERM_LIST_DENSITY = 0.4;

function isTermList(s: AnalysedSentence): boolean {
  const covered = new Set<number>();
  for (const m of s.concepts) for (let i = m.start; i < m.end; i++) covered.add(i);
  const relates = [...s.signals].some((k) => k !== 'scenario');
  return !relates && covered.size / Math.max(1, s.tokens.length) >= TERM_LIST_DENSITY;
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

export function analyseAnswer(answer: string, compiled: CompiledPrompt): AnalysedAnswer {
  const lexicon = getCueLexicon();
  const spans = splitSentences(answer);
  const sentences: AnalysedSentence[] = [];
  const recommends: boolean[] = [];
  const changes: boolean[] = [];
  let framingList = false;

  spans.forEach((span, index) => {
    const normalized = normalizeText(span.text);
    const tokens = tokenizeText(normalized);
    const lex = matchPhrases(tokens, lexicon, { skipFillers: true });
    const scope = analyseScope(tokens, lex);
    const found = matchPhrases(tokens, compiled.trie, { abbreviations: compiled.abbreviations, skipFillers: true });
    const cues = matchPhrases(tokens, compiled.cueTrie, {
      abbreviations: compiled.abbreviations,
      skipFillers: true,
      maxGaps: 1,
    });
    const boldLead = /^(\*\*|__)[^*_]+(\*\*|__)[.:]?$/.test(span.text);
    const heading = span.heading || boldLead;
    const question = /\?["')*_\s]*$/.test(span.text);

    // "Common myths:" followed by list items: those items are reported, not asserted
    const previous = spans[index - 1];
    if (
      framingList &&
      span.listItem &&
      previous !== undefined &&
      (previous.listItem || previous.block !== span.block)
    ) {
      scope.framed.fill(true);
    } else framingList = false;
    if ((span.text.trimEnd().endsWith(':') || heading) && scope.framesFollowing) framingList = true;

    const conceptMatches = found.filter((m) => m.phrase.kind === 'concept');
    const prose = !heading && isStatement(tokens, normalized, lex, conceptMatches);
    const concepts = question || heading ? [] : dedupe(conceptMatches.filter((m) => asserted(m, scope)));
    const traps = question
      ? []
      : dedupe(cues.filter((m) => asserted(m, scope) && scope.hypothetical[m.start] !== true));
    const { signals, recommends: r, changes: c } = detectSignals(tokens, lex, compiled.anchors);
    recommends.push(r);
    changes.push(c);

    if (scope.refutesPrevious) {
      const before = sentences[sentences.length - 1];
      if (before !== undefined) {
        before.traps = [];
        before.concepts = [];
      }
    }
    const mentions = [...new Set(conceptMatches.map((m) => m.phrase.id))];
    sentences.push({
      index,
      span,
      tokens,
      scope,
      mentions,
      concepts,
      traps,
      signals,
      prose,
      question,
      heading,
      eligible: false,
    });
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

  let words = 0;
  let statementWords = 0;
  for (const s of sentences) {
    if (s.heading) continue;
    words += s.tokens.length;
    if (s.prose && !isTermList(s)) statementWords += s.tokens.length;
  }
  const keywordDump = words > 0 && statementWords / words < MIN_STATEMENT_SHARE;
  for (const s of sentences) {
    const statement = s.prose && !isTermList(s);
    s.eligible = !s.question && !s.heading && (statement || (!keywordDump && s.tokens.length >= 3));
  }
  const wordCount = (answer.match(/[A-Za-z0-9][^\s]*/g) ?? []).length;
  return { sentences, wordCount, keywordDump };
}
