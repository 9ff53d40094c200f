const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/**
 * Words in an answer (letters or digits, with inner apostrophes, dots and hyphens: "don't", "29.5", "pay-per-use").
 * Counted by stepping the global regex with `test`, which builds no match: `match` made an array of every word
 * (about 130 KB for a 2,000-word answer, on each grade).
 */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (WORD.test(text)) count++;
  return count;
}
