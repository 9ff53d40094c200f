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
const WORD = { test: (ch: string): boolean => ch.length > 0 && isWordCode(ch.charCodeAt(0)) };
const JOINERS = new Set(['-', '/', '.', "'"]);
const STRONG = new Set([';', ':', '\u2014', '(', ')', '[', ']', '!', '?', '.', '{', '}']);

export function tokenizeText(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  let pending: Break = 'none';
  let pendingChar = '';
  let joinable = false;
  while (i < n) {
    const ch = text[i] ?? '';
    if (WORD.test(ch)) {
      let j = i + 1;
      while (j < n) {
        const c = text[j] ?? '';
        if (WORD.test(c)) j++;
        else if (c === '.' && /\d/.test(text[j - 1] ?? '') && /\d/.test(text[j + 1] ?? '')) j++;
        else break;
      }
      let word = text.slice(i, j);
      if (text[j] === '+' && /[a-z]/i.test(word) && !WORD.test(text[j + 1] ?? '')) {
        word += '+';
        j++;
      }
      const lower = word.toLowerCase();
      const prev = tokens[tokens.length - 1];
      if (joinable && prev !== undefined && pending === 'none') {
        prev.joinStem = stemWord(prev.word.replace(/\+$/, '') + lower);
      }
      tokens.push({
        word: lower,
        stem: stemWord(lower),
        joinStem: null,
        cap: /[A-Z]/.test(word[0] ?? ''),
        breakBefore: tokens.length === 0 ? 'none' : pending,
        punctBefore: tokens.length === 0 ? '' : pendingChar,
      });
      pending = 'none';
      pendingChar = '';
      joinable = false;
      i = j;
      continue;
    }
    // a joiner directly between two word characters glues them
    if (JOINERS.has(ch) && i > 0 && WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? '')) {
      if (ch === '.' && !/[a-z]/i.test(text[i + 1] ?? '')) {
        // "29 s. The" — a full stop, not a dotted name
        pending = 'strong';
        pendingChar = '.';
      } else joinable = true;
      i++;
      continue;
    }
    if (STRONG.has(ch)) {
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
