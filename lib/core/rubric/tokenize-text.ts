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

/**
 * Words seen lately, with their stems, in slots by a hash of their lower-case characters (a fixed number of slots:
 * a new word takes the slot over). A word found here costs no new string and no look-up of its stem: an answer
 * repeats most of its words, and slicing, lower-casing and hashing each one again was most of the tokenizer's time.
 */
const WORD_SLOTS = 4096;
/** Slot k holds its word at 2k and the word's stem at 2k + 1 (side by side: one memory read finds both). */
const slots: string[] = new Array<string>(2 * WORD_SLOTS).fill('');

/** text[from, from + word.length) is `word` in lower case. */
function spells(text: string, from: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(from + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
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
      let hash = upper ? code + 32 : code;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (isWordCode(c)) {
          if (c <= 90 && c >= 65) upper = true;
          hash = (Math.imul(hash, 31) + (c <= 90 && c >= 65 ? c + 32 : c)) | 0;
          j++;
        } else if (c === 46 && isDigitCode(text.charCodeAt(j - 1)) && isDigitCode(text.charCodeAt(j + 1))) {
          hash = (Math.imul(hash, 31) + c) | 0;
          j++;
        } else break;
      }
      let lower: string;
      let stem: string;
      const slot = hash & (WORD_SLOTS - 1);
      const seen = slots[2 * slot] ?? '';
      const plus = text.charCodeAt(j) === 43 && !isWordCode(text.charCodeAt(j + 1));
      if (!plus && seen.length === j - i && spells(text, i, seen)) {
        lower = seen;
        stem = slots[2 * slot + 1] ?? '';
      } else {
        let word = text.slice(i, j);
        if (plus && /[a-z]/i.test(word)) {
          word += '+';
          j++;
        }
        // (a word is ASCII: with no capital in it, it is its own lower case)
        lower = upper ? word.toLowerCase() : word;
        stem = stemWord(lower);
        if (!lower.endsWith('+')) {
          slots[2 * slot] = lower;
          slots[2 * slot + 1] = stem;
        }
      }
      const prev = tokens[tokens.length - 1];
      if (joinable && prev !== undefined && pending === 'none') {
        prev.joinStem = stemWord((prev.word.endsWith('+') ? prev.word.slice(0, -1) : prev.word) + lower);
      }
      tokens.push({
        word: lower,
        stem,
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
