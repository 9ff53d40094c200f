/**
 * Finds every phrase of a trie in a token sequence. A phrase token matches a token's
 * stem, the glued stem of a hyphenated pair, or (with `abbreviations`) the initials of a
 * run of capitalised words ("Application Load Balancer" → "alb"). Inside a match, up to
 * two filler words of the answer may be skipped ("the ALB" / "an ALB"); matches never
 * cross a strong break (; : — ( ) …). Returns the longest match per phrase and start.
 */
import { FILLERS } from './fillers';
import type { MatchOptions, Phrase, PhraseMatch, Token, TrieNode } from './types';

const INNER_SMALL = new Set(['and', 'as', 'of', 'for', 'to', 'in', 'on', 'the', 'a']);

type Alternative = { stem: string; length: number };

/** Never skipped as a gap: negations (they flip the claim) and words that join two claims. */
const NO_GAP = new Set([
  'not',
  'no',
  'never',
  'none',
  'nor',
  'neither',
  'without',
  'nobody',
  'nothing',
  'hardly',
  'and',
  'or',
  'but',
  'because',
  'since',
  'so',
  'while',
  'whereas',
  'if',
  'unless',
  'then',
  'than',
  'though',
  'although',
  'yet',
  'except',
  'instead',
]);

const NONE: readonly Alternative[] = [];

/**
 * Inside a phrase the writer's "we" / "us" and the generic "you" are one word: "pay for what we use" says what
 * "pay for what you use" does (ADR 034, session 14).
 */
const GENERIC_PERSON = new Map([
  ['we', 'you'],
  ['us', 'you'],
  ['you', 'we'],
]);

/** Ways to read token i besides its own stem: a glued hyphenated pair, or an abbreviation. */
function extrasAt(
  tokens: readonly Token[],
  i: number,
  abbreviations: ReadonlySet<string> | undefined,
): readonly Alternative[] {
  const t = tokens[i];
  if (t === undefined) return NONE;
  let alts: Alternative[] | undefined;
  if (t.joinStem !== null) alts = [{ stem: t.joinStem, length: 2 }];
  if (abbreviations !== undefined && abbreviations.size > 0 && t.cap && !INNER_SMALL.has(t.word)) {
    let all = '';
    let caps = '';
    for (let k = i; k < tokens.length && k < i + 6; k++) {
      const u = tokens[k];
      if (u === undefined || (k > i && u.breakBefore !== 'none')) break;
      const small = INNER_SMALL.has(u.word);
      if (!u.cap && !small) break;
      if (/\d/.test(u.word)) break;
      all += u.word[0] ?? '';
      if (!small) caps += u.word[0] ?? '';
      const len = k - i + 1;
      if (len >= 2 && !small) {
        if (abbreviations.has(all)) (alts ??= []).push({ stem: all, length: len });
        if (caps !== all && abbreviations.has(caps)) (alts ??= []).push({ stem: caps, length: len });
      }
    }
  }
  return alts ?? NONE;
}

/** One call's state, passed down the walk (module-level functions, not closures: this runs thousands of times a grade). */
type Walk = {
  tokens: readonly Token[];
  abbreviations: ReadonlySet<string> | undefined;
  skip: boolean;
  maxGaps: number;
  /** Alternatives per token, computed on demand (only hyphenated pairs and capitalised runs have any). */
  extras: (readonly Alternative[] | undefined)[] | undefined;
  /** Longest end per phrase for the current start, in first-found order: the first `count` of two arrays (groups are tiny). */
  phrases: Phrase[];
  ends: number[];
  count: number;
};

/** Records that `phrase` ends at `pos` for the current start, keeping the longest end. */
function record(w: Walk, phrase: Phrase, pos: number): void {
  const phrases = w.phrases;
  for (let k = 0; k < w.count; k++) {
    if (phrases[k] === phrase) {
      if ((w.ends[k] ?? 0) < pos) w.ends[k] = pos;
      return;
    }
  }
  phrases[w.count] = phrase;
  w.ends[w.count] = pos;
  w.count++;
}

function extrasFor(w: Walk, i: number): readonly Alternative[] {
  const t = w.tokens[i];
  if (t === undefined || (t.joinStem === null && !(w.abbreviations !== undefined && t.cap))) return NONE;
  w.extras ??= new Array<readonly Alternative[] | undefined>(w.tokens.length);
  let a = w.extras[i];
  if (a === undefined) {
    a = extrasAt(w.tokens, i, w.abbreviations);
    w.extras[i] = a;
  }
  return a;
}

function walk(
  w: Walk,
  node: TrieNode,
  start: number,
  pos: number,
  skips: number,
  gaps: number,
  depth: number,
  matched: boolean,
): void {
  if (matched) {
    const ends = node.ends;
    for (let k = 0; k < ends.length; k++) record(w, ends[k] as Phrase, pos);
  }
  const tokens = w.tokens;
  if (pos >= tokens.length || node.next.size === 0) return;
  const tok = tokens[pos];
  if (tok === undefined || (pos > start && tok.breakBefore === 'strong')) return;
  const own = node.next.get(tok.stem);
  if (own !== undefined) walk(w, own, start, pos + 1, skips, gaps, depth + 1, true);
  const person = GENERIC_PERSON.get(tok.word);
  const asPerson = person === undefined ? undefined : node.next.get(person);
  if (asPerson !== undefined) walk(w, asPerson, start, pos + 1, skips, gaps, depth + 1, true);
  // indexed, not for…of: an iterator per step of a recursive walk is not always optimised away
  const extras = extrasFor(w, pos);
  for (let k = 0; k < extras.length; k++) {
    const alt = extras[k] as Alternative;
    const child = node.next.get(alt.stem);
    if (child !== undefined) walk(w, child, start, pos + alt.length, skips, gaps, depth + 1, true);
  }
  if (own !== undefined) return;
  if (w.skip && pos > start && skips < 2 && FILLERS.has(tok.word)) {
    walk(w, node, start, pos + 1, skips + 1, gaps, depth, false);
  } else if (
    gaps < w.maxGaps &&
    depth >= 2 &&
    tok.breakBefore === 'none' &&
    tokens[pos + 1]?.breakBefore === 'none' &&
    !NO_GAP.has(tok.word)
  ) {
    walk(w, node, start, pos + 1, skips, gaps + 1, depth, false);
  }
}

/**
 * The walk state, reused by every call (a grade makes about a thousand): nothing in a walk calls back out, so
 * one call never runs inside another. Its token list is let go when the call ends.
 * A state made per call, with `phrases: []` and `ends: []` literals, is what kept scavenges slow after session 11
 * (ADR 011, session 12): V8 pretenured those two array-literal sites, so each call's dead arrays sat in the old
 * generation pointing at the young backing stores they had grown, and every scavenge kept those alive and then
 * promoted them: ~190 KB per scavenge, against 17 KB with this shared state (`--trace-gc-nvp`, bench bundle).
 */
const NO_TOKENS: readonly Token[] = [];
const shared: Walk = {
  tokens: NO_TOKENS,
  abbreviations: undefined,
  skip: false,
  maxGaps: 0,
  extras: undefined,
  phrases: [],
  ends: [],
  count: 0,
};

export function matchPhrases(tokens: readonly Token[], root: TrieNode, options: MatchOptions = {}): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const abbreviations = options.abbreviations;
  const w = shared;
  w.tokens = tokens;
  w.abbreviations = abbreviations;
  w.skip = options.skipFillers === true;
  w.maxGaps = options.maxGaps ?? 0;
  w.extras = undefined;
  w.count = 0;
  const phrases = w.phrases;
  const ends = w.ends;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    // cheap check before building alternatives
    const own = root.next.get(t.stem);
    if (own === undefined && t.joinStem === null && !(abbreviations !== undefined && t.cap)) continue;
    if (own !== undefined) walk(w, own, i, i + 1, 0, 0, 1, true);
    const extras = extrasFor(w, i);
    for (let k = 0; k < extras.length; k++) {
      const alt = extras[k] as Alternative;
      const child = root.next.get(alt.stem);
      if (child !== undefined) walk(w, child, i, i + alt.length, 0, 0, 1, true);
    }
    if (w.count > 0) {
      // starts ascend as i does; within a start, longest first (insertion: groups are tiny)
      const from = out.length;
      for (let f = 0; f < w.count; f++) {
        const phrase = phrases[f] as Phrase;
        const end = ends[f] ?? 0;
        let k = out.length;
        out.push({ phrase, start: i, end });
        while (k > from && (out[k - 1]?.end ?? 0) < end) {
          const shorter = out[k - 1];
          const longer = out[k];
          if (shorter === undefined || longer === undefined) break;
          out[k - 1] = longer;
          out[k] = shorter;
          k--;
        }
      }
      w.count = 0;
    }
  }
  w.tokens = NO_TOKENS;
  w.abbreviations = undefined;
  w.extras = undefined;
  return out;
}
