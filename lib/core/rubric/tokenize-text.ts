/**
 * Splits normalised text (see normalizeText) into word tokens with their stems, and
 * records the punctuation between them: scope rules need commas and strong breaks
 * (; : — ( ) . ! ?), matching ignores them. Words written with - / or a dot between
 * letters ("rate-based", "blue/green", "amazonaws.com") become separate tokens whose
 * glued form is kept too, so "re-evaluate" also matches "reevaluate".
 */
import { stemWord } from './stem-word';
import type { Break, Token } from './types';

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** - / . ' : they glue the words on either side ("rate-based", "blue/green", "amazonaws.com"). */
function isJoinerCode(c: number): boolean {
  return c === 45 || c === 47 || c === 46 || c === 39;
}
/** ; : — ( ) [ ] ! ? . { } */
function isStrongCode(c: number): boolean {
  return (
    c === 59 ||
    c === 58 ||
    c === 0x2014 ||
    c === 40 ||
    c === 41 ||
    c === 91 ||
    c === 93 ||
    c === 33 ||
    c === 63 ||
    c === 46 ||
    c === 123 ||
    c === 125
  );
}

export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  let pending: Break = 'none';
  let pendingChar = '';
  let joinable = false;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      let j = i + 1;
      let upper = code >= 65 && code <= 90;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (isWordCode(c)) {
          if (c <= 90 && c >= 65) upper = true;
          j++;
        } else if (c === 46 && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1))) j++;
        else break;
      }
      let word = text.slice(i, j);
      if (text.charCodeAt(j) === 43 && /[a-z]/i.test(word) && !isWordCode(text.charCodeAt(j + 1))) {
        word += '+';
        j++;
      }
      // (a word is ASCII: with no capital in it, it is its own lower case, and toLowerCase took half the tokenizer's time)
      const lower = upper ? word.toLowerCase() : word;
      const prev = tokens[tokens.length - 1];
      if (joinable && prev !== undefined && pending === 'none') {
        prev.joinStem = stemWord((prev.word.endsWith('+') ? prev.word.slice(0, -1) : prev.word) + lower);
      }
      tokens.push({
        word: lower,
        stem: stemWord(lower),
        joinStem: null,
        cap: code >= 65 && code <= 90,
        breakBefore: tokens.length === 0 ? 'none' : pending,
        punctBefore: tokens.length === 0 ? '' : pendingChar,
      });
      pending = 'none';
      pendingChar = '';
      joinable = false;
      i = j;
      continue;
    }
    // (spaces first, and character codes, not one-character strings: this runs for every character between words)
    if (code === 32 || !(isJoinerCode(code) || isStrongCode(code) || code === 44)) {
      i++;
      continue;
    }
    // a joiner directly between two word characters glues them
    const ch = text[i] ?? '';
    if (isJoinerCode(code) && i > 0 && isWordCode(text.charCodeAt(i - 1)) && isWordCode(text.charCodeAt(i + 1))) {
      if (ch === '.' && !isLetterCode(text.charCodeAt(i + 1))) {
        // "29 s. The" — a full stop, not a dotted name
        pending = 'strong';
        pendingChar = '.';
      } else joinable = true;
      i++;
      continue;
    }
    // "*.elb.amazonaws.com", ".NET": a dot glued to the word after it, after a wildcard or a space, opens a name and
    // ends nothing (a full stop is followed by a space)
    const opensName =
      ch === '.' && isLetterCode(text.charCodeAt(i + 1)) && (i === 0 || /[\s*]/.test(text[i - 1] ?? ''));
    if (isStrongCode(code) && !opensName) {
      pending = 'strong';
      pendingChar = ch;
    } else if (ch === ',' && pending !== 'strong') {
      pending = 'comma';
      pendingChar = ',';
    }
    i++;
  }
  return tokens;
}
