/**
 * Compiles phrases (concept terms, trap cues, lexicon cues) into a token trie keyed by
 * stems. Each phrase goes through the same normalisation, tokenizer and stemmer as the
 * answer. Filler words ("the", "our", …) are dropped when at least two other words
 * remain, because the matcher skips them in the answer; a hyphenated phrase is also
 * added in its glued form ("re-evaluate" → "reevaluate").
 */
import { normalizeText } from './normalize-text';
import { tokenizeText } from './tokenize-text';
import { FILLERS } from './fillers';
import { OBJECT_GAP_WORD, trieChanged } from './match-phrases';
import type { Phrase, PhraseSource, Token, TrieNode } from './types';

const GAP_TOKEN: Token = {
  word: OBJECT_GAP_WORD,
  stem: OBJECT_GAP_WORD,
  joinStem: null,
  cap: false,
  breakBefore: 'none',
  punctBefore: '',
};

function newNode(): TrieNode {
  return { next: new Map(), ends: [] };
}

function insert(root: TrieNode, phrase: Phrase): void {
  let node = root;
  for (const stem of phrase.stems) {
    let child = node.next.get(stem);
    if (child === undefined) {
      child = newNode();
      node.next.set(stem, child);
    }
    node = child;
  }
  const same = node.ends.find((p) => p.kind === phrase.kind && p.id === phrase.id);
  if (same === undefined) node.ends.push(phrase);
  else if (phrase.determinedNoun === true) same.determinedNoun = true;
}

export function buildPhraseTrie(sources: readonly PhraseSource[], root: TrieNode = newNode()): TrieNode {
  trieChanged(root);
  for (const source of sources) {
    // "keep … out": the gap is a key of its own between the words on either side
    const tokens = source.text
      .split(OBJECT_GAP_WORD)
      .flatMap((part, i) => [...(i > 0 ? [GAP_TOKEN] : []), ...tokenizeText(normalizeText(part))]);
    if (tokens.length === 0) continue;
    const kept = tokens.filter((t) => !FILLERS.has(t.word));
    const use = kept.length >= 2 ? kept : tokens;
    const determinedNoun = use === kept && kept.length >= 2 && FILLERS.has(tokens.at(-2)?.word ?? '');
    insert(root, {
      kind: source.kind,
      id: source.id,
      stems: use.map((t) => t.stem),
      ...(determinedNoun ? { determinedNoun } : {}),
    });
    if (use.some((t) => t.joinStem !== null)) {
      const glued: string[] = [];
      for (let i = 0; i < use.length; i++) {
        const t = use[i];
        if (t === undefined) continue;
        if (t.joinStem !== null && i + 1 < use.length) {
          glued.push(t.joinStem);
          i++;
        } else glued.push(t.stem);
      }
      insert(root, { kind: source.kind, id: source.id, stems: glued });
    }
  }
  return root;
}
