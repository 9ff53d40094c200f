/**
 * Where a library card's text is written in content/, from its id (ids are stable and say how the
 * card was made, see lib/content/generate-cards.ts):
 * - `misconception.<id>`: generated from that misconception (front = its claim, back = its
 *   correction, explanation = why people believe it), in content/misconceptions/;
 * - `<comparison>.<dimension>.a|b|nuance`: generated from that dimension of the comparison file;
 * - anything else: a hand-written card of a deck file, content/decks/.
 * `search` is the `id:` the file holds; `fields` says which of its fields carry the card's text.
 */
export type LibraryCardOrigin = {
  folder: 'content/decks' | 'content/comparisons' | 'content/misconceptions';
  /** The file when the id alone names it (a comparison's file name is its id). */
  file: string | null;
  search: string;
  fields: string;
};

export function libraryCardOrigin(cardId: string, comparisonIds: readonly string[]): LibraryCardOrigin {
  if (cardId.startsWith('misconception.')) {
    const id = cardId.slice('misconception.'.length);
    return {
      folder: 'content/misconceptions',
      file: null,
      search: id,
      fields: 'the misconception’s claim (front), correction (back) and why (explanation)',
    };
  }
  const generated = /^([a-z0-9-]+)\.([a-z0-9-]+)\.(a|b|nuance)$/.exec(cardId);
  if (generated && comparisonIds.includes(generated[1]!)) {
    const [, comparison, dimension, side] = generated;
    return {
      folder: 'content/comparisons',
      file: `content/comparisons/${comparison!}.yaml`,
      search: dimension!,
      fields:
        side === 'nuance'
          ? 'the dimension’s nuance (back)'
          : `the dimension’s ${side!} text (back; the front is generated from the dimension’s name)`,
    };
  }
  return { folder: 'content/decks', file: null, search: cardId, fields: 'the card’s front, back and explanation' };
}
