const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Width (1 or 2 UTF-16 units) of the letter or digit at i, or 0: one code point of [\p{L}\p{N}]. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i) ?? c;
  const width = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + width)) ? width : 0;
}

function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45; // ' ’ . -
}

/**
 * Words in an answer (letters or digits, with inner apostrophes, dots and hyphens: "don't", "29.5", "pay-per-use"):
 * the matches of /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*\/gu, counted without building the list of them.
 */
export function countWords(text: string): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    count++;
    while (w > 0) {
      i += w;
      w = wordCharAt(text, i);
      // an apostrophe, dot or hyphen between word characters continues the word
      if (w === 0 && isJoiner(text.charCodeAt(i))) {
        const next = wordCharAt(text, i + 1);
        if (next > 0) {
          i++;
          w = next;
        }
      }
    }
  }
  return count;
}
