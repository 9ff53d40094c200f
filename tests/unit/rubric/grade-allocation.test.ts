/**
 * The records a grade keeps until it ends are made by constructors, not object literals (ADR 011,
 * session 11): V8 pretenures a literal's allocation site when a scavenge finds nearly all it made still
 * alive, and a pretenured record that has died keeps its young tokens, scopes and matches alive through
 * every scavenge until the next full GC — that copying set the grade's p95. Objects made by `new` are
 * never pretenured, so each of these must have a prototype of its own.
 */
import { describe, expect, it, vi } from 'vitest';
import { analyseAnswer } from '@/lib/core/rubric/analyse-answer';
import { compileKnowledge } from '@/lib/core/rubric/compile-knowledge';
import { compilePrompt } from '@/lib/core/rubric/compile-prompt';
import { extractClaims } from '@/lib/core/rubric/extract-claims';
import { getCueLexicon } from '@/lib/core/rubric/get-cue-lexicon';
import { matchPhrases } from '@/lib/core/rubric/match-phrases';
import { normalizeText } from '@/lib/core/rubric/normalize-text';
import { tokenizeText } from '@/lib/core/rubric/tokenize-text';
import { realPrompt } from './rubric-fixture';

const ANSWER = 'The ALB has a 29-second integration timeout. API Gateway throttles at 10,000 rps.';

const madeByLiteral = (x: object): boolean => Object.getPrototypeOf(x) === Object.prototype;

describe('records kept for the whole grade are not object literals', async () => {
  const { prompt, knowledge } = await realPrompt('apigw-vs-alb');
  if (knowledge === null) throw new Error('apigw-vs-alb has a knowledge base');
  const kb = compileKnowledge(knowledge);
  const analysed = analyseAnswer(ANSWER, compilePrompt(prompt), kb);
  const sentence = analysed.sentences[0];
  if (sentence === undefined) throw new Error('the answer has sentences');
  const raw = extractClaims(
    {
      index: 0,
      tokens: sentence.tokens,
      scope: sentence.scope,
      lexicon: matchPhrases(sentence.tokens, getCueLexicon(), { skipFillers: true }),
      question: false,
      quoted: [],
    },
    kb,
    { subject: null },
  ).claims;

  it.each([
    ['an analysed sentence', () => sentence],
    ['its scope', () => sentence.scope],
    ['a claim as read', () => raw[0]],
    ['a checked claim', () => analysed.claims[0]],
  ])('%s', (_name, record) => {
    const r = record();
    expect(r).toBeDefined();
    expect(madeByLiteral(r as object)).toBe(false);
  });
});

/**
 * matchPhrases reuses one walk state for every call (ADR 011, session 12: a state made per call was pretenured
 * and kept ~170 KB alive through each scavenge). Nothing of one call may leak into the next: the matches of a
 * sentence are the same whatever was matched before it.
 */
describe('matchPhrases: the shared walk state carries nothing between calls', async () => {
  const { prompt } = await realPrompt('apigw-vs-alb');
  const compiled = compilePrompt(prompt);
  const read = (text: string) => tokenizeText(normalizeText(text));
  const options = { abbreviations: compiled.abbreviations, skipFillers: true };
  // each module instance has its own walk state: a fresh one is the reference
  const freshMatchPhrases = async (): Promise<typeof matchPhrases> => {
    vi.resetModules();
    return (await import('@/lib/core/rubric/match-phrases')).matchPhrases;
  };
  // the alternatives of a token (initials of a capitalised run, a hyphenated pair) are cached per call, by index:
  // a cache left from the sentence before would give a token the alternatives of the token at its index there
  // (the hyphenated row fails when the cache is not reset)
  it.each([
    ['initials', 'Application Load Balancer targets can be anything.', 'Lambda functions scale out, WAF too.'],
    ['a hyphenated pair', 'Rate-limiting is built in.', 'Usage plans and keys come with REST APIs.'],
  ])('%s', async (_name, before, text) => {
    const tokens = read(text);
    const alone = (await freshMatchPhrases())(tokens, compiled.trie, options);
    const shared = await freshMatchPhrases();
    shared(read(before), compiled.trie, options);
    expect(shared(tokens, compiled.trie, options)).toEqual(alone);
  });
});
