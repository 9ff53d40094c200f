/**
 * Keyword stuffing (weigh-substance.ts): grammatical sentences packed with rubric terms and
 * reasoning connectives that say nothing checkable about them earn little or nothing, and an
 * answer made of them is a miss; real answers in prose, terse bullets and tables keep their
 * credit. Every answer and sentence here is made up for this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseAnswer } from '@/lib/core/rubric/analyse-answer';
import { compileKnowledge } from '@/lib/core/rubric/compile-knowledge';
import { compilePrompt } from '@/lib/core/rubric/compile-prompt';
import { gradeAnswer, MEETS_AT } from '@/lib/core/rubric/grade-answer';
import { isRelated, MAX_PER_CLAUSE, STUFFED_DENSITY } from '@/lib/core/rubric/weigh-substance';
import type { AnalysedAnswer } from '@/lib/core/rubric/types';
import { gradeReal, realContent, realPrompt, REPO, syntheticPrompt } from './rubric-fixture';

async function analyse(promptId: string, answer: string): Promise<AnalysedAnswer> {
  const { prompt, knowledge } = await realPrompt(promptId);
  return analyseAnswer(answer, compilePrompt(prompt), knowledge === null ? undefined : compileKnowledge(knowledge));
}

/** A plain first sentence, so that a one-line fragment is not read as a keyword dump. */
const CONTEXT =
  'Our Lambda functions answer in a few hundred milliseconds today, and we expect spiky traffic at launch.';

/** Concepts `text` earns credit for, after CONTEXT: found by terms or by a checked claim, in sentences that count as evidence. */
async function credited(promptId: string, text: string): Promise<string[]> {
  const a = await analyse(promptId, `${CONTEXT}\n\n${text}`);
  const own = a.sentences.filter((s) => s.index > 0 && s.eligible);
  return [...new Set(own.flatMap((s) => s.concepts.map((m) => m.phrase.id)))];
}

describe('a clause that says nothing about the terms it names earns nothing for them', () => {
  it.each([
    'On reliability, authorizers, usage plans, WAF and caching all matter for the front door.',
    'Throttling, usage plans and Shield Standard come into play for protection.',
    'VPC links, the AWS Load Balancer Controller and target groups are important for the EKS move.',
    'For limits, the integration timeout and the idle timeout are considered, and payload limits exist.',
    'Per-request pricing and LCUs play a role in the cost picture.',
  ])('stuffed: %s', async (sentence) => {
    expect(await credited('apigw-vs-alb', sentence)).toEqual([]);
  });

  it('works without a knowledge base too', () => {
    const r = gradeAnswer({
      prompt: syntheticPrompt,
      answer: 'The 29 s integration timeout and the 4000 s idle timeout matter. WAF and caching are important.',
      misconceptions: [],
      knowledge: null,
    });
    expect(r.criteria.find((c) => c.id === 'limits')?.level).toBe('miss');
    expect(r.criteria.find((c) => c.id === 'protection')?.level).toBe('miss');
  });

  it.each([
    [
      'API Gateway has Lambda and Cognito authorizers, while the ALB authenticates with OIDC.',
      ['apigw-authorizers', 'alb-oidc-auth'],
    ],
    [
      'The AWS Load Balancer Controller creates an internal ALB from an Ingress, and API Gateway reaches it through a VPC link.',
      ['eks-lb-controller', 'vpc-link'],
    ],
    [
      '- ALB: OIDC authenticate action, mutual TLS and JWT verification on the listener.',
      ['alb-oidc-auth', 'mtls-jwt-verification'],
    ],
    // a lead-in: what matters is said after the colon
    ['The API flavour matters: HTTP APIs lack WAF and caching.', ['rest-only-features', 'api-type-choice']],
    // an empty predicate next to a claim the knowledge base confirms
    ['Usage plans only exist on REST APIs.', ['usage-plans']],
    ['Our Lambdas answer in milliseconds, so the 29 s timeout only bites if we add long exports.', ['apigw-timeout']],
  ] as const)('says something: %s', async (sentence, expected) => {
    const got = await credited('apigw-vs-alb', sentence);
    for (const id of expected) expect(got).toContain(id);
  });

  it(`credits at most ${MAX_PER_CLAUSE} concepts under one predicate unless a checked claim is about them`, async () => {
    // enough plain statements around it that the answer as a whole is not stuffed
    const around = [
      'API Gateway has Lambda and Cognito authorizers, while the ALB authenticates with OIDC.',
      'API Gateway charges per request, but the ALB has an hourly charge plus LCUs even when idle.',
      'The AWS Load Balancer Controller creates an internal ALB from an Ingress, and API Gateway reaches it through a VPC link.',
    ].join(' ');
    const listed =
      'Because throttling with 429s, usage plans, WAF rate-based rules, Shield Standard, Shield Advanced, caching and VPC links are useful, we keep them.';
    const a = await analyse('apigw-vs-alb', `${around}\n\n${listed}`);
    expect(a.stuffed).toBe(false);
    const last = a.sentences[a.sentences.length - 1];
    expect(new Set(last?.concepts.map((m) => m.phrase.id)).size).toBe(MAX_PER_CLAUSE);
    // one predicate over five concepts, four of them claims about REST APIs that the knowledge base confirms
    const claimed = await credited(
      'apigw-vs-alb',
      'REST APIs have caching, usage plans, request validation, WAF, mapping templates and canary releases.',
    );
    expect(claimed.sort()).toEqual(
      ['caching', 'deployment-strategies', 'request-validation', 'usage-plans', 'waf-rate-based'].sort(),
    );
  });

  it('does not read two items of one list as a claim about each other', async () => {
    const related = async (sentence: string) => {
      const a = await analyse('apigw-vs-alb', sentence);
      return a.claims
        .filter((c) => c.entity !== null && c.correct === true)
        .map(
          (c) => `${String(c.entity)}/${c.attribute}:${String(isRelated(c, a.sentences[c.sentence]?.tokens ?? []))}`,
        );
    };
    // an enumeration is read as no claim at all, or as one unrelated to its neighbour: never a related one
    expect(
      await related('For EKS, the AWS Load Balancer Controller, ingress and target groups matter.'),
    ).not.toContain('lb-controller/k8s-ingress:true');
    expect(await related('The AWS Load Balancer Controller turns an Ingress into an ALB.')).toContain(
      'lb-controller/k8s-ingress:true',
    );
    expect(await related('ALB: OIDC authenticate action.')).toContain('alb/oidc-action:true');
    expect(await related("API Gateway's authorizers check JWTs.")).toContain('apigw/authorizers:true');
  });
});

const STUFFED: Record<string, string> = {
  // empty predicates and reasons: "… all matter", "… come into play", "… are essential"
  'apigw-vs-alb': `Because throttling and usage plans matter, and compared with the ALB's path routing, API Gateway's authorizers and WAF and caching make the trade-off clear if latency and cost are considered, so the recommendation follows from scale.

On the EKS side, the load balancer controller, ingress resources, target groups and VPC links all come into play, since canary releases and health checks are important when the custom domain and the migration path are considered.

For limits, the integration timeout, the idle timeout and the account-level throttle are relevant, and payload limits and response streaming exist, so the quota nuance matters when traffic grows.

Regarding cost, per-request pricing versus LCUs and the hourly charge shape the break-even, which depends on the traffic shape, so cost is a factor.

Security-wise, OIDC, mutual TLS, JWT verification and ACM certificates are essential because authentication plays a role.

Overall I would choose based on these trade-offs and revisit if things change.`,
  'multi-region-dr': `Because the RTO and the RPO matter, backup and restore, pilot light, warm standby and active/active are all considered, so the strategy follows from the cost trade-off.

Route 53 failover routing, health checks, DNS TTLs and ARC routing controls come into play when the custom domain in both Regions is considered.

DynamoDB global tables, Aurora Global Database, S3 replication and cross-Region backups are essential, since replication lag and write conflicts matter.

Infrastructure as code, EKS capacity, regional quotas and replicated artifacts are important because regional dependencies exist.

Runbooks, game days, failback and observability play a role, so testing is key and I would revisit the plan if things change.`,
  'partner-rate-limiting': `For identity, OAuth client credentials, JWT authorizers, mutual TLS and key rotation all matter because authentication and identification are different.

Usage plans, rate and burst limits, monthly quotas and per-method throttling are important, and WAF rate-based rules, managed rule groups, Shield and aggregation keys come into play at the edge, so layered defence is relevant.

The account-level throttle, quota increases, noisy neighbours and backend protection with reserved concurrency and queues matter when the sum of limits is considered.

Clients need 429 handling, Retry-After, exponential backoff with jitter, idempotency keys and an SDK, and cost covers request pricing, WAF cost, billing from logs and budgets.`,
};

const REAL: { prompt: string; style: string; answer: string }[] = [
  {
    prompt: 'apigw-vs-alb',
    style: 'table',
    answer: `I'd put an API Gateway REST API in front of the Lambda backend now, and move routes to an internal ALB as services land on EKS.

| | API Gateway | ALB |
|---|---|---|
| Routing | method + resource path | host header, path pattern, query string, source IP |
| Auth | JWT, Cognito and Lambda authorizers | OIDC / Cognito authenticate action, mTLS, JWT verification |
| Timeout | 29 s default on REST, raisable for Regional APIs | idle timeout up to 4000 s |
| Throttling | built-in, 429s, usage plans (best-effort) | WAF rate-based rules per IP |
| Pricing | per request, nothing when idle | hourly charge plus LCUs |
| EKS | VPC link to an internal ALB | AWS Load Balancer Controller from an Ingress |

Our traffic is spiky and low at launch, so per-request pricing wins today; at a steady 100 RPS the ALB gets cheaper and I'd revisit. The 10,000 RPS throttle is per account per Region, shared by all APIs, and can be raised. API keys identify callers for usage plans; they are not authentication.`,
  },
  {
    prompt: 'partner-rate-limiting',
    style: 'terse bullets',
    answer: `- Auth: OAuth client credentials; a Lambda authorizer validates the JWT and returns the partner's usage plan key (API key source = AUTHORIZER). API keys only identify the partner.
- Tiers: one usage plan per tier, 5 / 50 / 500 RPS with a burst of about 2 s, monthly quotas; per-method throttles on the DB-heavy endpoints. Usage plans are REST-only and best-effort.
- Edge: WAF managed rules plus a per-IP rate-based rule over 5 minutes, set above plan rates; Shield Standard is automatic.
- Limits: 20 Enterprise partners x 500 RPS = 10,000 RPS, the whole account quota, so request an increase or move partners to their own account.
- Backend: reserved concurrency and an SQS queue in front of the database, so one noisy partner can't take it down again.
- Clients: 429 with Retry-After, exponential backoff with jitter, idempotency keys on writes, never retry 403.
- Cost: REST about $3.50 per million plus WAF per rule and request; bill from access logs, AWS Budgets alerts.`,
  },
  {
    prompt: 'multi-region-dr',
    style: 'plain prose',
    answer: `The business tolerates about an hour of downtime and five minutes of lost orders, so I'd run a warm standby in a second Region. Backup and restore can't rebuild the stack within the hour, and active/active would double the cost and force us to solve write conflicts for more than the business asked for. DynamoDB global tables replicate orders within seconds and an Aurora Global Database replicates accounts, so the replication lag, which we alarm on, sets our real RPO. Route 53 failover records with a health check on a deep health route move clients to the second Region behind the same custom domain. The second Region is deployed from the same pipeline, with the API Gateway throttle and Lambda concurrency raised there too, and we test the failover and the failback in a game day every quarter. If enterprise contracts later demand an RTO of minutes, I'd revisit active/active for the order path.`,
  },
];

/** Every clause a run of terms, with reasons that say nothing: too dense to be saying much about any of them. */
const DENSE = `Our partners need OAuth, JWT authorizers, mTLS and key rotation, because identity drives everything.

We want usage plans, burst limits, monthly quotas, per-method throttling and best-effort counters, since fairness depends on them.

At the edge we add WAF rate-based rules, managed rule groups, Shield and aggregation keys, so abuse is handled.

The account-level throttle, quota increases, reserved concurrency, SQS and noisy neighbours shape the backend, and clients get 429s, Retry-After, backoff with jitter and idempotency keys.

Cost means request pricing, WAF charges, billing from access logs and budgets.`;

describe('answers', () => {
  it.each(Object.entries(STUFFED))('a keyword-stuffed %s answer is a miss that says why', async (promptId, answer) => {
    expect((await analyse(promptId, answer)).stuffed).toBe(true);
    const r = await gradeReal(promptId, answer);
    expect(r.verdict).toBe('miss');
    // only what the knowledge base confirms still counts: little is left
    expect(r.score).toBeLessThan(MEETS_AT);
    expect(r.unassessed).toBeNull();
    expect(r.criteria.some((c) => /Say something checkable/.test(c.next ?? ''))).toBe(true);
  });

  it('an answer whose every clause is a run of terms is stuffed, whatever its predicates', async () => {
    const a = await analyse('partner-rate-limiting', DENSE);
    expect(a.substance.named / a.substance.clauses).toBeGreaterThanOrEqual(STUFFED_DENSITY);
    expect(a.stuffed).toBe(true);
    expect((await gradeReal('partner-rate-limiting', DENSE)).verdict).toBe('miss');
  });

  it.each(REAL)('a real $style answer ($prompt) keeps its credit', async ({ prompt, answer }) => {
    expect((await analyse(prompt, answer)).stuffed).toBe(false);
    const r = await gradeReal(prompt, answer);
    expect(r.verdict).not.toBe('miss');
    expect(r.criteria.every((c) => !/Say something checkable/.test(c.next ?? ''))).toBe(true);
  });

  it('flags no model answer and no labelled answer of the team-written set', async () => {
    const content = await realContent();
    const flagged: string[] = [];
    for (const p of content.prompts) {
      for (const [level, answer] of Object.entries(p.modelAnswers)) {
        if ((await analyse(p.id, answer)).stuffed) flagged.push(`${p.id}: model ${level}`);
      }
      const dir = path.join(REPO, 'tests', 'fixtures', 'answers', p.id);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        if ((await analyse(p.id, readFileSync(path.join(dir, file), 'utf8'))).stuffed) flagged.push(`${p.id}/${file}`);
      }
    }
    expect(flagged).toEqual([]);
  });
});
