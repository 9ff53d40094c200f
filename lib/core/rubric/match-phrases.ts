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

/** Another reading of a token: the stem id of a glued pair or an abbreviation, and how many tokens it spans. */
type Alternative = { id: number; length: number };

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
 * A trie as walked: the children of a node as parallel arrays of stem ids and nodes. A grade makes ~14,000 child
 * lookups; as string-keyed Map probes into five large tries they were ~15 % of it, and integer compares over
 * short arrays (and an array indexed by id at the root) are far cheaper. Built once per trie, on first use.
 */
type FlatNode = { ends: readonly Phrase[]; keys: number[]; kids: FlatNode[] };
type FlatTrie = { root: FlatNode; byId: (FlatNode | undefined)[] };

/**
 * Ids of the stems in the tries walked so far (their phrases' words: bounded by the content). A stem no trie has
 * gets -1, which no node has as a key. Ids are never reassigned, so a trie flattened earlier stays valid.
 */
const stemIds = new Map<string, number>();
const flatTries = new WeakMap<TrieNode, FlatTrie>();

function idOf(stem: string): number {
  return stemIds.get(stem) ?? -1;
}

function flatten(node: TrieNode): FlatNode {
  const keys: number[] = [];
  const kids: FlatNode[] = [];
  for (const [stem, child] of node.next) {
    let id = stemIds.get(stem);
    if (id === undefined) {
      id = stemIds.size;
      stemIds.set(stem, id);
    }
    keys.push(id);
    kids.push(flatten(child));
  }
  return { ends: node.ends, keys, kids };
}

function flatTrie(root: TrieNode): FlatTrie {
  let flat = flatTries.get(root);
  if (flat === undefined) {
    const node = flatten(root);
    const byId: (FlatNode | undefined)[] = new Array<FlatNode | undefined>(stemIds.size).fill(undefined);
    for (let k = 0; k < node.keys.length; k++) byId[node.keys[k] as number] = node.kids[k];
    flat = { root: node, byId };
    flatTries.set(root, flat);
  }
  return flat;
}

/** Forgets the flattened form of a trie that has been added to (buildPhraseTrie with an existing root). */
export function trieChanged(root: TrieNode): void {
  flatTries.delete(root);
}

function childOf(node: FlatNode, id: number): FlatNode | undefined {
  const keys = node.keys;
  for (let k = 0; k < keys.length; k++) if (keys[k] === id) return node.kids[k];
  return undefined;
}

/** Ways to read token i besides its own stem: a glued hyphenated pair, or an abbreviation. */
function extrasAt(
  tokens: readonly Token[],
  i: number,
  abbreviations: ReadonlySet<string> | undefined,
): readonly Alternative[] {
  const t = tokens[i];
  if (t === undefined) return NONE;
  let alts: Alternative[] | undefined;
  if (t.joinStem !== null) alts = [{ id: idOf(t.joinStem), length: 2 }];
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
        if (abbreviations.has(all)) (alts ??= []).push({ id: idOf(all), length: len });
        if (caps !== all && abbreviations.has(caps)) (alts ??= []).push({ id: idOf(caps), length: len });
      }
    }
  }
  return alts ?? NONE;
}

/** One call's state, passed down the walk (module-level functions, not closures: this runs thousands of times a grade). */
type Walk = {
  tokens: readonly Token[];
  /** The stem id of each token (grown as needed, never shrunk: only the first tokens.length are this call's). */
  ids: Int32Array;
  /**
   * The token list `ids` was read from, and how many stems had ids then: a sentence is matched against four tries in
   * a row, and its ids are read once for all four (token lists are never changed once tokenizeText has made them).
   */
  idsOf: readonly Token[];
  idsKnown: number;
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
  node: FlatNode,
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
  if (pos >= tokens.length || node.keys.length === 0) return;
  const tok = tokens[pos];
  if (tok === undefined || (pos > start && tok.breakBefore === 'strong')) return;
  const own = childOf(node, w.ids[pos] ?? -1);
  if (own !== undefined) walk(w, own, start, pos + 1, skips, gaps, depth + 1, true);
  // indexed, not for…of: an iterator per step of a recursive walk is not always optimised away
  const extras = extrasFor(w, pos);
  for (let k = 0; k < extras.length; k++) {
    const alt = extras[k] as Alternative;
    const child = childOf(node, alt.id);
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
  ids: new Int32Array(64),
  idsOf: NO_TOKENS,
  idsKnown: 0,
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
  // (flattened first: flattening may give ids to stems the tokens have)
  const flat = flatTrie(root);
  const w = shared;
  if (w.idsOf !== tokens || w.idsKnown !== stemIds.size) {
    if (w.ids.length < tokens.length) w.ids = new Int32Array(Math.max(tokens.length, 2 * w.ids.length));
    for (let i = 0; i < tokens.length; i++) w.ids[i] = idOf(tokens[i]?.stem ?? '');
    w.idsOf = tokens;
    w.idsKnown = stemIds.size;
  }
  const ids = w.ids;
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
    const id = ids[i] ?? -1;
    const own = id < 0 ? undefined : flat.byId[id];
    if (own === undefined && t.joinStem === null && !(abbreviations !== undefined && t.cap)) continue;
    if (own !== undefined) walk(w, own, i, i + 1, 0, 0, 1, true);
    const extras = extrasFor(w, i);
    for (let k = 0; k < extras.length; k++) {
      const alt = extras[k] as Alternative;
      const child = alt.id < 0 ? undefined : flat.byId[alt.id];
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
