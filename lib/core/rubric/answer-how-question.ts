/**
 * A question about the means of doing something, answered at once ("How do we authenticate partners? Each one gets
 * an API key on its usage plan."): the thing the answer names first is said to do it (ADR 034, session 13). Only an
 * answer that denies nothing: "Not with API keys: …" rules a means out.
 */
import { ClaimRecord } from './claim-record';
import type { AskedQuestion } from './answer-own-question';
import type { Claim, PhraseMatch, Token } from './types';

export function answerHowQuestion(
  sentence: number,
  tokens: readonly Token[],
  entities: readonly PhraseMatch[],
  asked: AskedQuestion | null | undefined,
  denies: boolean,
): Claim[] {
  const means = asked?.means ?? [];
  if (means.length === 0 || denies) return [];
  let end = 1;
  while (end < tokens.length && tokens[end]?.breakBefore === 'none') end++;
  const named = entities.find((e) => e.start < end);
  if (named === undefined) return [];
  const clause = { start: 0, end };
  const clauseAttributes = new Set(means);
  return means.map(
    (attribute) =>
      new ClaimRecord({
        sentence,
        entity: named.phrase.id,
        entityIsObject: false,
        entityPreposition: null,
        attribute,
        at: { start: named.start, end: named.end },
        entityAt: { start: named.start, end: named.end },
        holds: true,
        value: null,
        maximum: false,
        modality: 'asserted',
        clause,
        clauseAttributes,
      }),
  );
}
