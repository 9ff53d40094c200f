/**
 * Whether an answer can be judged fairly, and if not, why (the grade CLI's `unassessed`): empty,
 * not written in English (the grader reads English only: it says so instead of a silent miss), too
 * short to show reasoning, or about something else than the prompt.
 */
import type { AnalysedAnswer, GradeResult } from './types';

/** Frequent English function words: a page of English is about a third of them, other languages far less. */
const ENGLISH = new Set(
  'the a an and or but of to in on for with at by from is are was were be been it its this that these those we i you they our your their can could would should will not no if so as than then there which what when how do does has have had'.split(
    ' ',
  ),
);
/** The same for Spanish, German, French, Portuguese and Italian: an answer with more of these than English ones is not English. */
const OTHER = new Set(
  'de la que el en y los se del las por un para con una su al lo como más pero sus le ya este porque esta entre cuando muy sin sobre también hasta hay donde desde todo nos durante todos les ni otros ese eso ellos esto antes algunos qué unos otro otra tanto esa estos mucho nada cual poco ella estar estas algo der die und den von zu das mit sich des auf für ist im dem nicht ein eine als auch es werden aus hat dass sie nach wird bei einer um am sind noch wie einem über einen zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei wir ich les et une est qui dans pour pas sur avec ce il ne plus sont mais nous vous ou leur aux cette être não uma os com seu sua mais ao pelo pela il di che è per una sono della nel alla anche come'.split(
    ' ',
  ),
);
const MIN_WORDS = 40;

/** A token is lower-case ASCII letters and digits (tokenizeText): it is a word when it starts with a letter. */
function startsWithLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 97 && c <= 122;
}

export function assessability(answer: string, analysed: AnalysedAnswer, onTopic: boolean): GradeResult['unassessed'] {
  // the words (tokens that start with a letter), and how many are English or other function words
  let words = 0;
  let english = 0;
  let other = 0;
  for (const s of analysed.sentences)
    for (const t of s.tokens) {
      if (!startsWithLetter(t.word)) continue;
      words++;
      if (ENGLISH.has(t.word)) english++;
      else if (OTHER.has(t.word)) other++;
    }
  if (answer.trim() === '') return { reason: 'empty', message: 'The answer is empty: there is nothing to assess.' };
  if (words === 0) return { reason: 'empty', message: 'The answer is empty: there is nothing to assess.' };
  if (words >= 20) {
    if (other > english) {
      return {
        reason: 'language',
        message:
          'This answer does not appear to be in English. The grader reads English only, so it could not assess it: the verdict says nothing about its quality. Ask an instructor to review it, or answer in English.',
      };
    }
  }
  if (analysed.wordCount < MIN_WORDS) {
    return {
      reason: 'too-short',
      message: `The answer has ${String(analysed.wordCount)} words: too short to show the trade-offs and the reasoning this prompt asks for.`,
    };
  }
  if (!onTopic) {
    return {
      reason: 'off-prompt',
      message:
        'The answer does not discuss what the prompt asks about (none of its topics came up), so it was not assessed against the rubric.',
    };
  }
  return null;
}
