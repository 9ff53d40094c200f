/**
 * A term list (analyse-answer.ts, TERM_LIST_DENSITY): a statement with no reasoning in it counts as a list
 * of terms only when at least half its words are rubric terms. Terse senior notes pack terms around a plain
 * verb ("… sits on the token endpoint"); read as lists, they made a short, correct answer a keyword dump.
 */
import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '@/lib/core/rubric/analyse-answer';
import { compileKnowledge } from '@/lib/core/rubric/compile-knowledge';
import { compilePrompt } from '@/lib/core/rubric/compile-prompt';
import { realPrompt } from './rubric-fixture';

async function analyse(answer: string) {
  const { prompt, knowledge } = await realPrompt('partner-rate-limiting');
  return analyseAnswer(answer, compilePrompt(prompt), knowledge === null ? undefined : compileKnowledge(knowledge));
}

const FRAGMENT = 'Tiers: Free, Pro, Enterprise.';

describe('term lists and terse statements', () => {
  it('a statement that is under half terms, built on a plain verb, keeps a terse answer out of the keyword dumps', async () => {
    const analysed = await analyse(`A WAF rate-based rule per IP sits on the token endpoint.\n\n${FRAGMENT}`);
    expect(analysed.sentences[0]?.prose).toBe(true);
    expect(analysed.keywordDump).toBe(false);
  });

  it('a list of the same terms with no verb is still a keyword dump', async () => {
    const analysed = await analyse(`WAF rate-based rules, per-IP rules, managed rule groups, Shield.\n\n${FRAGMENT}`);
    expect(analysed.keywordDump).toBe(true);
  });
});
