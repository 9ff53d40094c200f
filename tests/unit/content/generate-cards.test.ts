import { describe, expect, it } from 'vitest';
import { generateCards } from '@/lib/content/generate-cards';
import type { Comparison, Misconception } from '@/lib/core/content/types';
import { SUBJECTS } from '../quiz/quiz-fixture';

const comparison: Comparison = {
  ...SUBJECTS,
  dimensions: [
    {
      id: 'rate-limiting',
      name: 'Rate limiting',
      a: 'Throttling per stage, route and usage plan.',
      b: 'None built in; use AWS WAF rate-based rules.',
      nuance: 'API keys identify callers; they do not authenticate them.',
      favours: 'a',
      sources: ['ag-throttling', 'alb-waf'],
      knowledge: [],
    },
    {
      id: 'timeouts',
      name: 'Timeouts',
      a: '29 s default integration timeout for REST APIs; raisable for regional and private REST APIs.',
      b: 'Idle timeout, 60 s by default, configurable.',
      nuance: 'The 29 s limit is a default, not a hard ceiling, for REST APIs.',
      outdatedClaim: { claim: 'API Gateway has a hard 29 s timeout', verdict: 'outdated' },
      favours: 'b',
      sources: ['ag-quotas'],
      knowledge: [],
    },
    {
      id: 'static-ip',
      name: 'Static IP',
      a: 'No static IPs.',
      b: 'No static IPs; put an NLB or Global Accelerator in front.',
      nuance: 'Either way, static IPs come from another service.',
      favours: 'depends',
      sources: ['alb-overview'],
      knowledge: [],
    },
  ],
};

const misconceptions: Misconception[] = [
  {
    id: 'alb-has-no-auth',
    claim: "ALB can't authenticate users",
    why: 'Authentication is associated with API gateways.',
    correction: 'ALB listener rules can authenticate users through OIDC or Amazon Cognito.',
    comparison: 'apigw-vs-alb',
    dimension: 'auth',
    sources: ['alb-authenticate-users'],
  },
  {
    id: 'other-comparison-myth',
    claim: 'Something about another comparison',
    why: 'Because.',
    correction: 'Not so.',
    comparison: 'sqs-vs-sns',
    dimension: 'delivery',
    sources: ['aws-messaging'],
  },
];

describe('generateCards from a comparison', () => {
  const cards = generateCards({ from: 'comparison', comparison, deckId: 'apigw-vs-alb' });

  it('makes three cards per dimension, in dimension order, with stable ids', () => {
    expect(cards.map((c) => c.id)).toEqual([
      'apigw-vs-alb.rate-limiting.a',
      'apigw-vs-alb.rate-limiting.b',
      'apigw-vs-alb.rate-limiting.nuance',
      'apigw-vs-alb.timeouts.a',
      'apigw-vs-alb.timeouts.b',
      'apigw-vs-alb.timeouts.nuance',
      'apigw-vs-alb.static-ip.a',
      'apigw-vs-alb.static-ip.b',
      'apigw-vs-alb.static-ip.nuance',
    ]);
  });

  it('writes side A, side B and the nuance', () => {
    expect(cards.slice(0, 3)).toEqual([
      {
        id: 'apigw-vs-alb.rate-limiting.a',
        deckId: 'apigw-vs-alb',
        front: 'How does API Gateway handle rate limiting?',
        back: 'Throttling per stage, route and usage plan.',
        explanation: null,
        tags: ['apigw-vs-alb', 'rate-limiting'],
        comparison: 'apigw-vs-alb',
        dimension: 'rate-limiting',
        misconception: null,
        sources: ['ag-throttling', 'alb-waf'],
      },
      {
        id: 'apigw-vs-alb.rate-limiting.b',
        deckId: 'apigw-vs-alb',
        front: 'How does ALB handle rate limiting?',
        back: 'None built in; use AWS WAF rate-based rules.',
        explanation: null,
        tags: ['apigw-vs-alb', 'rate-limiting'],
        comparison: 'apigw-vs-alb',
        dimension: 'rate-limiting',
        misconception: null,
        sources: ['ag-throttling', 'alb-waf'],
      },
      {
        id: 'apigw-vs-alb.rate-limiting.nuance',
        deckId: 'apigw-vs-alb',
        front: 'Rate limiting: API Gateway vs ALB — where does the short answer mislead?',
        back: 'API keys identify callers; they do not authenticate them.',
        explanation: null,
        tags: ['apigw-vs-alb', 'rate-limiting'],
        comparison: 'apigw-vs-alb',
        dimension: 'rate-limiting',
        misconception: null,
        sources: ['ag-throttling', 'alb-waf'],
      },
    ]);
  });

  it('explains the nuance with the outdated claim when there is one', () => {
    const nuance = cards.find((c) => c.id === 'apigw-vs-alb.timeouts.nuance');
    expect(nuance?.explanation).toBe('Often heard: “API Gateway has a hard 29 s timeout” — outdated.');
  });

  it.each([
    ['Static IP addresses', 'static IP addresses'],
    ['Integration scope (accounts and Regions)', 'integration scope (accounts and Regions)'],
    ['DDoS protection', 'DDoS protection'],
    ['VPC placement', 'VPC placement'],
    ['API definition import/export', 'API definition import/export'],
  ])('lower-cases the first word of "%s" unless it is an acronym', (name, expected) => {
    const [dimension] = comparison.dimensions;
    if (!dimension) throw new Error('fixture has no dimension');
    const renamed = { ...comparison, dimensions: [{ ...dimension, name }] };
    const [a] = generateCards({ from: 'comparison', comparison: renamed, deckId: 'd' });
    expect(a?.front).toBe(`How does API Gateway handle ${expected}?`);
  });

  it('keeps the dimension name as written in the nuance question', () => {
    expect(cards.find((c) => c.id === 'apigw-vs-alb.static-ip.b')?.front).toBe('How does ALB handle static IP?');
    expect(cards.find((c) => c.id === 'apigw-vs-alb.static-ip.nuance')?.front).toBe(
      'Static IP: API Gateway vs ALB — where does the short answer mislead?',
    );
  });

  it('ignores misconceptions', () => {
    expect(generateCards({ from: 'comparison', comparison, misconceptions, deckId: 'd' })).toHaveLength(9);
  });
});

describe('generateCards from misconceptions', () => {
  it("makes one true-or-false card per misconception of the comparison, and none of other comparisons'", () => {
    expect(generateCards({ from: 'misconceptions', comparison, misconceptions, deckId: 'myths' })).toEqual([
      {
        id: 'misconception.alb-has-no-auth',
        deckId: 'myths',
        front: 'True or false: “ALB can\'t authenticate users”',
        back: 'False. ALB listener rules can authenticate users through OIDC or Amazon Cognito.',
        explanation: 'Why people believe it: Authentication is associated with API gateways.',
        tags: ['misconception', 'auth'],
        comparison: 'apigw-vs-alb',
        dimension: 'auth',
        misconception: 'alb-has-no-auth',
        sources: ['alb-authenticate-users'],
      },
    ]);
  });

  it('makes no cards without misconceptions', () => {
    expect(generateCards({ from: 'misconceptions', comparison, deckId: 'myths' })).toEqual([]);
  });
});

describe('generateCards purity', () => {
  it('does not mutate its input, and shares no arrays with it', () => {
    const input = structuredClone({ comparison, misconceptions });
    const fromComparison = generateCards({ from: 'comparison', comparison: input.comparison, deckId: 'd' });
    const fromMyths = generateCards({ from: 'misconceptions', ...input, deckId: 'd' });
    expect(input).toEqual({ comparison, misconceptions });

    fromComparison[0]?.sources.push('mutated');
    fromComparison[0]?.tags.push('mutated');
    fromMyths[0]?.sources.push('mutated');
    expect(input).toEqual({ comparison, misconceptions });
  });

  it('is deterministic', () => {
    const run = () => generateCards({ from: 'comparison', comparison, deckId: 'd' });
    expect(run()).toEqual(run());
  });
});
