/**
 * The records a grade keeps until it ends are made by constructors, not object literals (ADR 011,
 * session 11): V8 pretenures a literal's allocation site when a scavenge finds nearly all it made still
 * alive, and a pretenured record that has died keeps its young tokens, scopes and matches alive through
 * every scavenge until the next full GC — that copying set the grade's p95. Objects made by `new` are
 * never pretenured, so each of these must have a prototype of its own.
 */
import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '@/lib/core/rubric/analyse-answer';
import { compileKnowledge } from '@/lib/core/rubric/compile-knowledge';
import { compilePrompt } from '@/lib/core/rubric/compile-prompt';
import { extractClaims } from '@/lib/core/rubric/extract-claims';
import { getCueLexicon } from '@/lib/core/rubric/get-cue-lexicon';
import { matchPhrases } from '@/lib/core/rubric/match-phrases';
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
