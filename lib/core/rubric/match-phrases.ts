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

/** Words that join two claims or open another clause. */
const JOINING = [
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
];
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
  ...JOINING,
]);

const NONE: readonly Alternative[] = [];

/**
 * A phrase written with "…" between its words ("keep … out") matches one to OBJECT_GAP words in its place: the object
 * of a verb whose particle follows it ("keeps anyone without a key out"). Not over a word that opens another clause.
 */
export const OBJECT_GAP_WORD = '…';
const OBJECT_GAP = 5;
const NO_OBJECT_GAP = new Set([...JOINING, 'when']);

/** Determiners (skipped as fillers) after which a phrase may pass over one modifier of its noun. */
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'its', 'their', 'my']);

/**
 * Inside a phrase the writer's "we" / "us" and the generic "you" are one word: "pay for what we use" says what
 * "pay for what you use" does (ADR 034, session 14).
 */
const GENERIC_PERSON = new Map([
  ['we', 'you'],
  ['us', 'you'],
  ['you', 'we'],
]);

/**
 * A trie as walked: its nodes numbered, their children and the phrases that end at them packed into typed arrays.
 * A grade makes ~14,000 child lookups; as string-keyed Map probes into five large tries, objects scattered over the
 * heap, they were ~15 % of it, mostly waiting on memory. Compares of integer stem ids in a few contiguous arrays (and
 * an array indexed by id at the root) are far cheaper. Packed once per trie, on first use.
 */
type PackedTrie = {
  /** Per node, four numbers: its first child's index in keys/kids, its child count, its first phrase in ends, their count. */
  nodes: Int32Array;
  /** Children's stem ids, and the children's node numbers (parallel). */
  keys: Int32Array;
  kids: Int32Array;
  ends: Phrase[];
  /** The root's child for each stem id, or -1. */
  byId: Int32Array;
  /** The id of the object gap's key, when some phrase has one, else -1. */
  gapId: number;
};

/**
 * Ids of the stems in the tries walked so far (their phrases' words: bounded by the content). A stem no trie has
 * gets -1, which no node has as a key. Ids are never reassigned, so a trie packed earlier stays valid.
 */
const stemIds = new Map<string, number>();
const packedTries = new WeakMap<TrieNode, PackedTrie>();

function idOf(stem: string): number {
  return stemIds.get(stem) ?? -1;
}

function pack(root: TrieNode): PackedTrie {
  // breadth first: a node's children are numbered, and their keys stored, side by side
  const order: TrieNode[] = [root];
  const nodes: number[] = [];
  const keys: number[] = [];
  const kids: number[] = [];
  const ends: Phrase[] = [];
  for (let n = 0; n < order.length; n++) {
    const node = order[n] as TrieNode;
    nodes.push(keys.length, node.next.size, ends.length, node.ends.length);
    for (const [stem, child] of node.next) {
      let id = stemIds.get(stem);
      if (id === undefined) {
        id = stemIds.size;
        stemIds.set(stem, id);
      }
      keys.push(id);
      kids.push(order.length);
      order.push(child);
    }
    ends.push(...node.ends);
  }
  const byId = new Int32Array(stemIds.size).fill(-1);
  for (let k = 0; k < root.next.size; k++) byId[keys[k] as number] = kids[k] as number;
  const gapId = keys.includes(idOf(OBJECT_GAP_WORD)) ? idOf(OBJECT_GAP_WORD) : -1;
  return { nodes: Int32Array.from(nodes), keys: Int32Array.from(keys), kids: Int32Array.from(kids), ends, byId, gapId };
}

function packedTrie(root: TrieNode): PackedTrie {
  let packed = packedTries.get(root);
  if (packed === undefined) {
    packed = pack(root);
    packedTries.set(root, packed);
  }
  return packed;
}

/** Forgets the packed form of a trie that has been added to (buildPhraseTrie with an existing root). */
export function trieChanged(root: TrieNode): void {
  packedTries.delete(root);
}

/** The child of `node` by stem id `id`, or -1. */
function childOf(trie: PackedTrie, node: number, id: number): number {
  const first = trie.nodes[4 * node] ?? 0;
  const last = first + (trie.nodes[4 * node + 1] ?? 0);
  for (let k = first; k < last; k++) if (trie.keys[k] === id) return trie.kids[k] ?? -1;
  return -1;
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
  trie: PackedTrie;
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
  modifierGap: boolean;
  /** Where the walk passed over a modifier (see `modifierGap`), or -1. */
  modifierAt: number;
  /** Alternatives per token, computed on demand (only hyphenated pairs and capitalised runs have any). */
  extras: (readonly Alternative[] | undefined)[] | undefined;
  /** Longest end per phrase for the current start, in first-found order: the first `count` of two arrays (groups are tiny). */
  phrases: Phrase[];
  ends: number[];
  count: number;
};

/** Records that `phrase` ends at `pos` for the current start, keeping the longest end. */
function record(w: Walk, phrase: Phrase, pos: number): void {
  // a modifier passed over must stand right before the phrase's last word, where the phrase has a determiner
  if (w.modifierAt >= 0 && (pos !== w.modifierAt + 2 || phrase.determinedNoun !== true)) return;
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
  node: number,
  start: number,
  pos: number,
  skips: number,
  gaps: number,
  depth: number,
  matched: boolean,
): void {
  const trie = w.trie;
  if (matched) {
    const first = trie.nodes[4 * node + 2] ?? 0;
    const last = first + (trie.nodes[4 * node + 3] ?? 0);
    for (let k = first; k < last; k++) record(w, trie.ends[k] as Phrase, pos);
  }
  const tokens = w.tokens;
  if (pos >= tokens.length || trie.nodes[4 * node + 1] === 0) return;
  const tok = tokens[pos];
  // a phrase never runs across punctuation, a comma included ("per request, the bill" is no "per-request bill")
  if (tok === undefined || (pos > start && tok.breakBefore !== 'none')) return;
  const own = childOf(trie, node, w.ids[pos] ?? -1);
  if (own >= 0) walk(w, own, start, pos + 1, skips, gaps, depth + 1, true);
  const person = GENERIC_PERSON.get(tok.word);
  const asPerson = person === undefined ? -1 : childOf(trie, node, idOf(person));
  if (asPerson >= 0) walk(w, asPerson, start, pos + 1, skips, gaps, depth + 1, true);
  // indexed, not for…of: an iterator per step of a recursive walk is not always optimised away
  const extras = extrasFor(w, pos);
  for (let k = 0; k < extras.length; k++) {
    const alt = extras[k] as Alternative;
    const child = childOf(trie, node, alt.id);
    if (child >= 0) walk(w, child, start, pos + alt.length, skips, gaps, depth + 1, true);
  }
  if (trie.gapId >= 0 && pos > start) {
    const gap = childOf(trie, node, trie.gapId);
    for (let g = 0; gap >= 0 && g < OBJECT_GAP; g++) {
      const t = tokens[pos + g];
      const next = tokens[pos + g + 1];
      if (t === undefined || next === undefined || t.breakBefore !== 'none' || next.breakBefore !== 'none') break;
      if (NO_OBJECT_GAP.has(t.word)) break;
      walk(w, gap, start, pos + g + 1, skips, gaps, depth + 1, false);
    }
  }
  if (own >= 0) return;
  if (w.skip && pos > start && skips < 2 && FILLERS.has(tok.word)) {
    walk(w, node, start, pos + 1, skips + 1, gaps, depth, false);
  } else if (
    tok.breakBefore === 'none' &&
    tokens[pos + 1]?.breakBefore === 'none' &&
    !NO_GAP.has(tok.word) &&
    gaps < w.maxGaps &&
    depth >= 2
  ) {
    walk(w, node, start, pos + 1, skips, gaps + 1, depth, false);
  } else if (
    // "check a partner's token", "strip the /api prefix": one modifier between a determiner and its noun
    w.modifierGap &&
    w.modifierAt < 0 &&
    pos > start &&
    DETERMINERS.has(tokens[pos - 1]?.word ?? '') &&
    tok.breakBefore === 'none' &&
    tokens[pos + 1]?.breakBefore === 'none' &&
    !NO_GAP.has(tok.word)
  ) {
    w.modifierAt = pos;
    walk(w, node, start, pos + 1, skips, gaps, depth, false);
    w.modifierAt = -1;
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
  trie: pack({ next: new Map(), ends: [] }),
  tokens: NO_TOKENS,
  ids: new Int32Array(64),
  idsOf: NO_TOKENS,
  idsKnown: 0,
  abbreviations: undefined,
  skip: false,
  maxGaps: 0,
  modifierGap: false,
  modifierAt: -1,
  extras: undefined,
  phrases: [],
  ends: [],
  count: 0,
};

export function matchPhrases(tokens: readonly Token[], root: TrieNode, options: MatchOptions = {}): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  const abbreviations = options.abbreviations;
  // (packed first: packing may give ids to stems the tokens have)
  const trie = packedTrie(root);
  const w = shared;
  w.trie = trie;
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
  w.modifierGap = options.modifierGap === true;
  w.modifierAt = -1;
  w.extras = undefined;
  w.count = 0;
  const phrases = w.phrases;
  const ends = w.ends;

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined) continue;
    // cheap check before building alternatives
    const id = ids[i] ?? -1;
    const own = id < 0 ? -1 : (trie.byId[id] ?? -1);
    if (own < 0 && t.joinStem === null && !(abbreviations !== undefined && t.cap)) continue;
    if (own >= 0) walk(w, own, i, i + 1, 0, 0, 1, true);
    const extras = extrasFor(w, i);
    for (let k = 0; k < extras.length; k++) {
      const alt = extras[k] as Alternative;
      const child = alt.id < 0 ? -1 : (trie.byId[alt.id] ?? -1);
      if (child >= 0) walk(w, child, i, i + alt.length, 0, 0, 1, true);
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
