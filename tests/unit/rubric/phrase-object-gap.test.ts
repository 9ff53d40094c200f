import { describe, expect, it } from 'vitest';
import { buildPhraseTrie } from '@/lib/core/rubric/build-phrase-trie';
import { matchPhrases } from '@/lib/core/rubric/match-phrases';
import { normalizeText } from '@/lib/core/rubric/normalize-text';
import { tokenizeText } from '@/lib/core/rubric/tokenize-text';

/** A phrase written "keep … out" stands for a verb and its particle around an object of one to five words. */
describe('a phrase with an object gap', () => {
  const trie = buildPhraseTrie([{ kind: 'attribute', id: 'keeps-out', text: 'keep … out' }]);
  const matched = (text: string): string[] => {
    const tokens = tokenizeText(normalizeText(text));
    return matchPhrases(tokens, trie, { skipFillers: true }).map((m) =>
      tokens
        .slice(m.start, m.end)
        .map((t) => t.word)
        .join(' '),
    );
  };

  it.each([
    ['API keys keep anyone without a key out of the API.', ['keep anyone without a key out']],
    ['It keeps strangers out.', ['keeps strangers out']],
  ])('matches the object in between: %s', (text, expected) => {
    expect(matched(text)).toEqual(expected);
  });

  it.each([
    // nothing in between is no object (the plain phrase "keep out" is another alias)
    'Keep out of the way.',
    // not over a word that opens another clause
    'We keep the old keys and move out next year.',
    // not past punctuation
    'Keep the keys, out of habit.',
    // at most five words
    'Keep every single one of the old partners out.',
  ])('does not match: %s', (text) => {
    expect(matched(text)).toEqual([]);
  });
});
