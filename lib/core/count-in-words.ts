const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Small counts as words, the way prose writes them ("one", "two"); 11 and up as digits. */
export function countInWords(n: number): string {
  return WORDS[n] ?? String(n);
}
