/**
 * A decision for an option the scenario rules out (prompt `misfits`, ADR 038): the feedback says which option and why,
 * and the verdict drops a level, as for a trap. Each answer was written for this test: a body that passes on its own,
 * plus one decision sentence.
 */
import { describe, expect, it } from 'vitest';
import { LEVELS } from '@/lib/core/content/schema';
import { gradeReal, realPrompt } from './rubric-fixture';

/** Objectives, data, traffic, standby, tests: a recovery answer with no strategy chosen. */
const RECOVERY_BODY = [
  'The RTO is about an hour and the RPO is five minutes of orders, and enterprise customers are asking for the plan.',
  'Orders go into DynamoDB global tables, which replicate to the second Region asynchronously, usually within a second, and customer accounts into an Aurora Global Database whose secondary cluster is promoted on failover.',
  'Route 53 failover routing with a health check on a deep health route moves clients to the second Region behind the same custom domain, because API Gateway has no backend health checks of its own.',
  'Quotas are per Region, so the API Gateway throttle and Lambda concurrency are raised in the second Region as well, and the Cognito user pool gets a multi-Region replica.',
  'Everything is deployed with CloudFormation to both Regions on every release, and a game day each quarter tests the failover against the hour.',
].join('\n\n');

const grade = (decision: string) => gradeReal('multi-region-dr', `${decision}\n\n${RECOVERY_BODY}`);

describe('a decision the scenario rules out', () => {
  it('is named with the sentence that chose it and why, and costs the verdict a level', async () => {
    const fitting = await grade("I'd build a warm standby in a second Region: an hour of RTO doesn't need more.");
    const misfit = await grade("I'd go active-active in two Regions: an hour of RTO is easy that way.");
    const { prompt } = await realPrompt('multi-region-dr');
    expect(fitting.misfit).toBeNull();
    expect(misfit.misfit).toEqual({
      choice: 'active-active',
      label: 'Multi-site active/active',
      evidence: "I'd go active-active in two Regions: an hour of RTO is easy that way.",
      why: prompt.misfits[0]?.why,
    });
    expect(fitting.verdict).not.toBe('miss');
    expect(LEVELS.indexOf(misfit.verdict)).toBe(LEVELS.indexOf(fitting.verdict) - 1);
  });

  it.each([
    // set aside, refused, or what would change the decision
    'I would not go active-active; a warm standby is enough for an hour.',
    "I'd pick a warm standby over active-active for these numbers.",
    'Warm standby is my pick. If the RTO drops to minutes, active-active would be my choice.',
    'Active-active is tempting, but I would go with a warm standby.',
    "I'd rule out active-active and build a warm standby.",
    'Active-active is what I would not do; a warm standby is enough.',
    // a "now" after the option set aside is no choice of it
    "Active-active now would double the bill, so I'd build a warm standby.",
    // decisions that name different options choose none of them
    'Warm standby is my pick. A five-minute RTO is active-active territory, and ours is an hour.',
  ])('is not read where the option is set aside: %s', async (decision) => {
    expect((await grade(decision)).misfit).toBeNull();
  });
});
