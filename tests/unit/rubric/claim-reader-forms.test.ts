import { describe, expect, it } from 'vitest';
import { gradeReal } from './rubric-fixture';

type Row = [sentence: string, asserted: string[]];

/**
 * Grammatical forms the claim reader understands (issue 12, session 9): each row's sentence was written
 * for this test, and each mechanism has rows that assert a trap and rows that must stay quiet.
 */
const FORMS: Record<string, Row[]> = {
  // a question opened by a negated auxiliary expects "yes": it asserts its content, with the content's own polarity
  'a negative question is rhetorical': [
    ["Isn't it true that the ALB has no way to authenticate callers?", ['alb-has-no-auth']],
    ["Doesn't the load balancer lack any way to authenticate users?", ['alb-has-no-auth']],
    ["Wasn't the point that API keys secure the partner API?", ['api-keys-secure-apis']],
    ["Isn't it true that the ALB can authenticate callers with OIDC?", []],
    ['Can the ALB authenticate callers?', []],
    ['Does the ALB have no authentication at all?', []],
  ],
};

describe.each(Object.entries(FORMS))('%s', (_form, rows) => {
  it.each(rows)('%s → %j', async (sentence, asserted) => {
    const r = await gradeReal('apigw-vs-alb', sentence);
    expect(r.traps.map((t) => t.id).sort()).toEqual([...asserted].sort());
  });
});
