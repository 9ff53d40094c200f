/**
 * A criterion's reasoning (grade-criterion.ts): a cause counts when it is tied to the scenario, and a
 * cause that touches one of the prompt's own scenario facts (the partner prompt's retry storm against a
 * shared database) is tied to it, even without "we", "today" or a number from the scenario text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, gradeReal, realPrompt } from './rubric-fixture';

const CONTRACT =
  'Throttled callers receive a 429 response and the client library backs off exponentially with jitter. ';

async function contractLevel(answer: string): Promise<string | undefined> {
  const r = await gradeReal('partner-rate-limiting', answer);
  return r.criteria.find((c) => c.id === 'client-contract')?.level;
}

describe('criterion reasoning: a cause tied to a scenario fact', () => {
  it('a cause about the scenario (retries overloading the database) earns delights', async () => {
    const answer =
      CONTRACT +
      'Every write carries an idempotency key and each 429 sets a Retry-After header, so a retry cannot pile onto the database a second time.';
    expect(await contractLevel(answer)).toBe('delights');
  });

  it('the same cause about nothing in the scenario stays at meets', async () => {
    const answer =
      CONTRACT +
      'Every write carries an idempotency key and each 429 sets a Retry-After header, so the behaviour stays predictable for callers.';
    expect(await contractLevel(answer)).toBe('meets');
  });
});

describe('breadth in substance (ADR 035, session 15)', () => {
  const SENIOR = path.join(REPO, 'tests', 'fixtures', 'grader-independent', 'iq', 'IQ11-senior-prose-warm-standby.txt');

  it('makes a reasoned answer that credits most of the prompt’s concepts delights, with no criterion deep', async () => {
    const r = await gradeReal('multi-region-dr', readFileSync(SENIOR, 'utf8'));
    expect(r.criteria.filter((c) => c.level === 'delights').length).toBeLessThan(3);
    expect(r.score).toBeLessThan(70);
    expect(r.verdict).toBe('delights');
    // one asserted myth still costs it the level
    const withMyth = await gradeReal(
      'multi-region-dr',
      `${readFileSync(SENIOR, 'utf8')}\n\nThe standby ALB needs a support ticket to pre-warm it before we fail over.`,
    );
    expect(withMyth.verdict).toBe('meets');
  });

  it.each(['apigw-vs-alb', 'multi-region-dr', 'partner-rate-limiting'])(
    'leaves %s’s average model answer at meets',
    async (id) => {
      const { prompt } = await realPrompt(id);
      expect((await gradeReal(id, prompt.modelAnswers.average)).verdict).toBe('meets');
    },
  );
});

describe('adequate in substance (ADR 036, session 16)', () => {
  const SOLID = path.join(REPO, 'tests', 'fixtures', 'grader-independent', 'iu', 'IU09-solid-pros-cons-territory.txt');

  it('makes a decided answer that meets most criteria meets, though its weighted score is under the bar', async () => {
    const answer = readFileSync(SOLID, 'utf8');
    const r = await gradeReal('apigw-vs-alb', answer);
    expect(r.score).toBeLessThan(35);
    expect(2 * r.criteria.filter((c) => c.level !== 'miss').length).toBeGreaterThan(r.criteria.length);
    expect(r.verdict).toBe('meets');
    // two wrong facts are more than a slip: the same answer stays a miss
    const wrong = `${answer}\n\nThe ALB has no health checks. API Gateway has no throttling.`;
    const r2 = await gradeReal('apigw-vs-alb', wrong);
    expect(r2.errors).toHaveLength(2);
    expect(r2.verdict).toBe('miss');
  });
});

describe('factual errors (ADR 037, session 17)', () => {
  it.each(['apigw-vs-alb', 'partner-rate-limiting'])(
    'allow %s’s average model answer one slip, and make a second one a miss',
    async (id) => {
      const { prompt } = await realPrompt(id);
      const slip = `${prompt.modelAnswers.average}\n\nThe ALB has no health checks.`;
      const one = await gradeReal(id, slip);
      expect(one.errors).toHaveLength(1);
      expect(one.verdict).toBe('meets');
      const two = await gradeReal(id, `${slip} API Gateway has no throttling.`);
      expect(two.errors).toHaveLength(2);
      expect(two.verdict).toBe('miss');
    },
  );
});

describe('a list of reported myths', () => {
  const concepts = async (answer: string) =>
    (await gradeReal('apigw-vs-alb', answer)).criteria.flatMap((c) => c.concepts);

  it('credits the writer’s answer after a quoted myth in the same item', async () => {
    const answer =
      'A few things people hold against the ALB are not true any more:\n' +
      '- "ALB only routes on the path." It also matches host, HTTP headers, method and query string.\n' +
      '- "ALB cannot authenticate." It has authenticate-oidc and authenticate-cognito listener actions.\n';
    expect(await concepts(answer)).toEqual(expect.arrayContaining(['alb-rule-conditions', 'alb-oidc-auth']));
    const r = await gradeReal('apigw-vs-alb', answer);
    expect(r.traps).toEqual([]);
  });

  it('keeps an unquoted item reported, all of it', async () => {
    const answer =
      'A few things people hold against the ALB are not true any more:\n' +
      '- The ALB only routes on the path. It also matches host, HTTP headers, method and query string.\n';
    expect(await concepts(answer)).not.toContain('alb-rule-conditions');
  });
});
