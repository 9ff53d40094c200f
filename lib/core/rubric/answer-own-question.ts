/**
 * A question the writer answers at once ("Can the ALB authenticate callers? No.", "What is an ALB going to do
 * with WebSockets? Nothing."): the answer makes what was asked the writer's own claim. A bare "no" denies what a
 * yes/no question asked, a bare "yes" asserts it, and "nothing" / "none" after "what can <it> do with <X>?" denies
 * that it has X, and after "what do you do about <X>?" it grants X as asked ("…the 29-second wall? Nothing."). An answer word that goes on ("Yes and no") or turns ("No, but a transform can …") leaves it a question.
 */
import type { Claim, Token } from './types';

/** What a question asked, kept for the sentence after it. */
export type AskedQuestion = {
  /** The question's claims, as asked. */
  claims: readonly Claim[];
  /** "Can / Does / Is …?": a yes or a no answers it. */
  polar: boolean;
  /** "What can <entity> do with <X>?": its claims say the entity has X; "nothing" denies them. */
  doneWith: boolean;
  /** "What do you do about <X>?": its claims are what it takes for granted; "nothing" asserts them as they are. */
  presupposed?: boolean;
  /** "How do we <attribute>?": the attributes whose means it asks for (see answerHowQuestion). */
  means?: readonly string[];
  /** "Why would we …, when <premise>?": the attributes of its premise, the reason of the verdict after it. */
  premise?: readonly string[];
};

const NO = new Set(['no', 'nope', 'nah']);
const YES = new Set(['yes', 'yep', 'yeah', 'absolutely', 'definitely', 'sure', 'certainly']);
const NOTHING = new Set(['nothing', 'none', 'zilch']);
/** Words after the answer word that turn it: "No, but …", "Yes, except …". */
const TURNS = new Set(['but', 'though', 'although', 'except', 'unless', 'well', 'only', 'yet', 'not', 'and']);

export function answerOwnQuestion(tokens: readonly Token[], asked: AskedQuestion | null): Claim[] {
  if (asked === null || asked.claims.length === 0) return [];
  const w = tokens[0]?.word ?? '';
  // a bare answer word: alone, or cut off from what follows ("No, so …", "Nothing, it's hard-coded")
  const next = tokens[1];
  if (next !== undefined && (next.breakBefore === 'none' || TURNS.has(next.word))) return [];
  const assert = (c: Claim, holds: boolean): Claim => ({ ...c, holds, modality: 'asserted' });
  if (asked.polar && NO.has(w)) return asked.claims.map((c) => assert(c, !c.holds));
  if (asked.polar && YES.has(w)) return asked.claims.map((c) => assert(c, c.holds));
  if (asked.doneWith && NOTHING.has(w)) return asked.claims.map((c) => assert(c, false));
  if (asked.presupposed === true && NOTHING.has(w)) return asked.claims.map((c) => assert(c, c.holds));
  return [];
}
