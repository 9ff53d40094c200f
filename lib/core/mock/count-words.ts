const WORD = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*/gu;

/** Words in an answer (letters or digits, with inner apostrophes, dots and hyphens: "don't", "29.5", "pay-per-use"). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
