/**
 * The decision read from grammar (ADR 034, session 12): an option the content names, put where a sentence
 * states what is chosen, is a decision without a recommendation cue; a label names its choice straight after
 * its colon. Each row takes a model answer with its decision removed (a miss for want of one, at a score
 * that would pass) and adds one sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '@/lib/core/rubric/analyse-answer';
import { compileKnowledge } from '@/lib/core/rubric/compile-knowledge';
import { compilePrompt } from '@/lib/core/rubric/compile-prompt';
import { gradeReal, realPrompt } from './rubric-fixture';

/** The apigw-vs-alb average model answer without any sentence that decides. */
async function frontDoorBody(): Promise<string> {
  const { prompt } = await realPrompt('apigw-vs-alb');
  const body = prompt.modelAnswers.average
    .split('\n')
    .filter((l) => !/recommend|i'd go|i would|choose|pick|→|->/i.test(l))
    .join('\n');
  return `${body}\n\nAPI Gateway and the ALB could both serve this API.`;
}

/** A disaster-recovery answer written for this test: objectives, data, traffic, standby, tests; no strategy chosen. */
const RECOVERY_BODY = [
  'The RTO is about an hour and the RPO is five minutes of orders.',
  'Orders go into DynamoDB global tables, which replicate to the second Region asynchronously, and customer accounts into an Aurora Global Database whose secondary cluster is promoted on failover.',
  'Route 53 failover routing with health checks moves clients to the second Region behind the same custom domain.',
  'API Gateway has no backend health checks, so the Route 53 check calls a deep health route that touches the databases.',
  'Quotas are per Region, so Lambda concurrency is raised in the second Region as well.',
  'Everything is deployed with CloudFormation to both Regions, and the EKS node group in the second Region stays small and scales up on failover.',
  'A runbook covers the failover, and a game day each quarter tests it.',
].join('\n\n');

async function decides(promptId: 'apigw-vs-alb' | 'multi-region-dr', sentence: string): Promise<boolean> {
  const body = promptId === 'apigw-vs-alb' ? await frontDoorBody() : RECOVERY_BODY;
  const without = await gradeReal(promptId, body);
  // the body alone scores enough to pass: a miss there is for want of a decision
  expect(without.score).toBeGreaterThanOrEqual(35);
  expect(without.verdict).toBe('miss');
  return (await gradeReal(promptId, `${body}\n\n${sentence}`)).verdict !== 'miss';
}

describe('a choice stated by grammar', () => {
  it.each([
    ['apigw-vs-alb', 'For a team that lives in Lambda, the gateway is the right call.'],
    ['apigw-vs-alb', 'Given the Lambda backend, an HTTP API is clearly the safer bet.'],
    ['multi-region-dr', 'We get an hour and may lose five minutes of orders. That is pilot light territory.'],
    ['multi-region-dr', 'An hour back, five minutes of orders at most: that is warm standby, nothing more.'],
  ] as const)('is a decision (%s): %s', async (promptId, sentence) => {
    expect(await decides(promptId, sentence)).toBe(true);
  });

  it.each([
    // denied, or described: no choice stated
    ['apigw-vs-alb', 'The gateway is not the right call for every team.'],
    ['apigw-vs-alb', 'For containers, the ALB is the natural fit.'],
    ['multi-region-dr', 'That is not pilot light territory.'],
    ['multi-region-dr', 'That is pilot light documentation we already wrote.'],
  ] as const)('is no decision (%s): %s', async (promptId, sentence) => {
    expect(await decides(promptId, sentence)).toBe(false);
  });
});

describe('a decision label names its choice after the colon', () => {
  it.each([
    ['apigw-vs-alb', 'So, the final decision: an HTTP API on API Gateway, with the containers behind it later.'],
    // a condition after the choice does not turn the label into "what would change it"
    ['multi-region-dr', 'Strategy: warm standby, if the primary Region stays where it is today.'],
  ] as const)('is a decision (%s): %s', async (promptId, sentence) => {
    expect(await decides(promptId, sentence)).toBe(true);
  });

  it.each([
    // a conclusion drawn as a label is a decision label too
    ['multi-region-dr', 'So: warm standby today, and a bigger footprint once the drills say we need one.'],
    ['apigw-vs-alb', 'In short: API Gateway in front of the functions, and the ALB joins when the containers do.'],
    ['multi-region-dr', 'Conclusion: pilot light, with the data replicated continuously.'],
  ] as const)('concludes (%s): %s', async (promptId, sentence) => {
    expect(await decides(promptId, sentence)).toBe(true);
  });

  it('is no conclusion when the label lists the options side by side', async () => {
    expect(await decides('multi-region-dr', 'In short: pilot light or warm standby.')).toBe(false);
  });

  it('is a topic when a clause of its own follows the colon', async () => {
    const sentence = 'Strategy selection: the candidate weighs backup and restore against warm standby.';
    expect(await decides('multi-region-dr', sentence)).toBe(false);
  });
});

describe('a decision in a heading or a table row (session 15)', () => {
  it.each([
    // a heading that is a label with its choice after the colon
    ['multi-region-dr', '## Strategy: pilot light, with the data copied continuously'],
    ['apigw-vs-alb', '### Decision: API Gateway in front of the functions'],
    // a row of a comparison table marked as the one chosen
    [
      'multi-region-dr',
      '| Option | Fit |\n|---|---|\n| Backup and restore | RPO too long |\n| Warm standby | Chosen |',
    ],
    // a plan table whose row is labelled with the decision (session 16), and the same said in prose
    ['multi-region-dr', '| Area | Plan |\n|---|---|\n| Strategy | Pilot light |\n| Orders | Global table |'],
    ['apigw-vs-alb', 'Our choice is API Gateway, with a VPC link to the ALB later.'],
  ] as const)('is a decision (%s): %s', async (promptId, sentence) => {
    expect(await decides(promptId, sentence)).toBe(true);
  });

  it.each([
    // a heading that names the topic, and a table that marks nothing
    ['multi-region-dr', '## Strategy: the options compared'],
    [
      'multi-region-dr',
      '| Option | Fit |\n|---|---|\n| Backup and restore | RPO too long |\n| Warm standby | Possible |',
    ],
    ['multi-region-dr', '| Area | Plan |\n|---|---|\n| Strategy | To be decided |\n| Orders | Global table |'],
  ] as const)('is no decision (%s): %s', async (promptId, sentence) => {
    expect(await decides(promptId, sentence)).toBe(false);
  });
});

describe('an opening imperative that takes an option (session 15)', () => {
  it.each(['Use a warm standby in a second Region.', 'Go with pilot light, and keep the data replicated.'])(
    'decides: %s',
    async (sentence) => {
      expect(await decides('multi-region-dr', sentence)).toBe(true);
    },
  );

  it.each([
    // not an option the decision is between, denied, or not opening the sentence
    'Use Route 53 health checks to detect the failure.',
    "Don't use a warm standby for the reporting service.",
    'We could use a warm standby if the budget allows.',
  ])('does not decide: %s', async (sentence) => {
    expect(await decides('multi-region-dr', sentence)).toBe(false);
  });
});

describe('alternatives named side by side', () => {
  it.each([
    'The candidate chooses a strategy (backup and restore / pilot light / warm standby / active-active) for the numbers.',
    "I'd pick warm standby or pilot light.",
  ])('choose none of them: %s', async (sentence) => {
    expect(await decides('multi-region-dr', sentence)).toBe(false);
  });

  it('leave a choice of one over another a decision', async () => {
    expect(await decides('multi-region-dr', "I'd pick warm standby over pilot light.")).toBe(true);
  });
});

describe('the decision that counts', () => {
  it('is the one that chooses an option, not a later detail stated as firmly', async () => {
    const { prompt, knowledge } = await realPrompt('multi-region-dr');
    const answer = [
      "With an hour to recover and five minutes of orders at most, I'd build a warm standby in the second Region.",
      "During the switch we'd use the forced promotion, because waiting for a clean handover wastes time.",
    ].join('\n\n');
    const analysed = analyseAnswer(
      answer,
      compilePrompt(prompt),
      knowledge === null ? undefined : compileKnowledge(knowledge),
    );
    expect(analysed.decision.reasoned).toBe(true);
    expect(analysed.decision.scenarioFacts).toEqual(expect.arrayContaining(['rto-hour', 'rpo-five-minutes']));
  });
});

/** Reads answers to the recovery prompt into their analysis. */
async function recoveryReader() {
  const { prompt, knowledge } = await realPrompt('multi-region-dr');
  const compiled = knowledge === null ? undefined : compileKnowledge(knowledge);
  return (answer: string) => analyseAnswer(answer, compilePrompt(prompt), compiled);
}

describe('a heading that decides (session 16)', () => {
  it('takes its reasons from the paragraph under it', async () => {
    const read = await recoveryReader();
    const heading = '## Strategy: warm standby, active/passive';
    const paragraph =
      'The two numbers settle this. An RTO of about an hour and a five-minute RPO leave room for compute that is deployed but scaled down.';
    const reasoned = read(`${heading}\n\n${paragraph}`);
    expect(reasoned.decision.reasoned).toBe(true);
    expect(reasoned.decision.scenarioFacts).toEqual(expect.arrayContaining(['rto-hour']));
    // a paragraph under another heading is not its reasons
    expect(read(`${heading}\n\n## Data\n\n${paragraph}`).decision.reasoned).toBe(false);
  });

  it('"So: …" after a paragraph concludes it, which gives its reasons', async () => {
    const read = await recoveryReader();
    const paragraph =
      'The business gave us two numbers: an hour to be back and five minutes of orders at most. Backups are too old and a rebuild too slow.';
    const concluded = read(`${paragraph}\n\nSo: warm standby, one Region active.`);
    expect(concluded.decision.reasoned).toBe(true);
    // the same decision with no conclusion word does not reach back past its paragraph
    expect(read(`${paragraph}\n\nWarm standby is my pick, one Region active.`).decision.reasoned).toBe(false);
  });
});

describe('"I\'d …" that asks instead of choosing (session 18)', () => {
  it.each([
    "Before committing I'd want to know the expected traffic shape and whether the EKS move is really happening.",
    "I'd first check how spiky the traffic really is before picking a side.",
    "We'd need to find out whether the partners need per-client quotas.",
  ])('is no decision: %s', async (sentence) => {
    expect(await decides('apigw-vs-alb', sentence)).toBe(false);
  });

  it.each([
    "I'd go with the gateway for the Lambda backend, and I'd want to know the traffic shape before the EKS move.",
    "I'd put API Gateway in front, since the traffic is spiky and small.",
  ])('leaves a choice beside it a decision: %s', async (sentence) => {
    expect(await decides('apigw-vs-alb', sentence)).toBe(true);
  });
});

describe('where a decision finds its reasons (session 18)', () => {
  it('a decision standing alone as the opening paragraph takes them from the paragraph after it', async () => {
    const read = await recoveryReader();
    const reasons = 'Why: an hour of RTO rules out restoring from backups, and nobody asked for active-active.';
    const opening = read(`I'd build a warm standby in a second Region.\n\n${reasons}`);
    expect(opening.decision.reasoned).toBe(true);
    expect(opening.decision.scenarioFacts).toEqual(expect.arrayContaining(['rto-hour']));
    // later in the answer, a paragraph of its own does not reach into the next one
    const later = read(`Orders replicate through DynamoDB global tables.\n\nI'd build a warm standby.\n\n${reasons}`);
    expect(later.decision.reasoned).toBe(false);
  });

  it.each([
    'Pilot light now, warm standby once the first enterprise contract with a DR clause is signed.',
    'Warm standby today; active-active only if a contract ever asks for minutes.',
  ])('an option followed by "now" or "today" is a decision: %s', async (sentence) => {
    expect(await decides('multi-region-dr', sentence)).toBe(true);
  });
});

describe('what an option "would be" (session 18)', () => {
  it.each([
    'Active-active would be too expensive and complex for these requirements.',
    'Backup and restore would be far too slow for an hour.',
  ])('is no decision when it is a judgement of the option: %s', async (sentence) => {
    expect(await decides('multi-region-dr', sentence)).toBe(false);
  });

  it.each([
    'Warm standby would be my choice for these numbers.',
    'An hour of RTO with five minutes of RPO is warm-standby territory.',
  ])("is a decision when it is the writer's choice: %s", async (sentence) => {
    expect(await decides('multi-region-dr', sentence)).toBe(true);
  });
});

describe('a decision that gives its cause late (session 18)', () => {
  it('is reasoned by what it chooses as well as by what follows "because"', async () => {
    const read = await recoveryReader();
    const decision = read(
      'My recommendation: replicate the orders table and the accounts database to a warm standby, because nothing less is safe.',
    );
    expect(decision.decision.reasoned).toBe(true);
    expect(decision.decision.scenarioFacts).toEqual(expect.arrayContaining(['data-stores']));
  });
});

describe("a choice label over the writer's own words (session 18)", () => {
  it.each([
    '**Strategy**: data hot, compute half-warm.',
    'Recommendation: keep the data live in Region B, compute small.',
  ])('is a decision: %s', async (sentence) => {
    expect(await decides('multi-region-dr', sentence)).toBe(true);
  });

  it.each(['Recommendation: it depends on the traffic.', 'Strategy: not decided yet, it needs the costs.'])(
    'is no decision when it says none is made: %s',
    async (sentence) => {
      expect(await decides('multi-region-dr', sentence)).toBe(false);
    },
  );

  it('takes its reasons from the bullets under it when it stands alone', async () => {
    const read = await recoveryReader();
    // (the first bullet names no scenario fact: the reasons are found in the bullets further down)
    const answer = [
      'Notes from the whiteboard follow.',
      '',
      '**Strategy**: data hot, compute half-warm.',
      '- The serverless tier is deployed in the second Region.',
      '- Full active-active is overkill for a one-hour RTO.',
    ].join('\n');
    expect(read(answer).decision.scenarioFacts).toEqual(expect.arrayContaining(['rto-hour']));
  });
});
