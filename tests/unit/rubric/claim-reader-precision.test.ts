import { describe, expect, it } from 'vitest';
import { describeTrapRows, gradeReal, type TrapRow } from './rubric-fixture';

/**
 * False accusations by kind (issue 12, session 15): another means named as what authenticates, a support ticket that
 * isn't about pre-warming an ALB, a belief left behind or held by someone else, a place after a relative clause, a
 * predicate noun denied whole, and a 10 MB limit placed at the gateway beside Lambda's 6 MB. Each row's sentence was
 * written for this test; each reading has rows that must stay quiet and rows that still assert the trap.
 */
const PARTNERS: Record<string, TrapRow[]> = {
  // session 16 (set iv): "we pay it for …" — the pronoun is what the writer pays, not what has the features
  'keys with proper authentication on top': [
    ['Give each partner an API key linked to their plan, with proper authentication on top.', []],
  ],
  'a pronoun after the writer’s verb': [
    ['REST costs about 3.5 times an HTTP API per request; we pay it for usage plans, WAF and validation.', []],
  ],
  // content: authentication said to come from OAuth, Cognito tokens or an authorizer is not the API key's
  'another means authenticates': [
    ['Every partner receives an API key and authenticates with OAuth client credentials.', []],
    ['The key maps requests to a usage plan; Cognito tokens handle who the caller is.', []],
    ['We hand out API keys for metering and authenticate partners separately with JWTs.', []],
    ['API keys authenticate our partners, so no authorizer is needed.', ['api-keys-secure-apis']],
    ['Why pay for Cognito when the API key already authenticates each partner?', ['api-keys-secure-apis']],
  ],
  // content (session 18): what keys tell the usage plan is who is calling, for metering; "nobody else gets in" is a
  // claim that the API is locked, not a denial
  'keys that tell the usage plan who is calling': [
    ["API keys tell the usage plan who's calling.", []],
    ['The keys just tell the usage plan who is calling; partners still sign in with client-credentials tokens.', []],
    ['Each key tells the usage plan which partner a request belongs to, and WAF handles abuse.', []],
    ['Every partner gets an API key, so nobody else gets in.', ['api-keys-secure-apis']],
    ['The Cognito authorizer checks every token, so nobody else gets in.', []],
  ],
  // content (session 18): host rules set aside for another means, or a wildcard, are no host rule per tenant
  'host rules set aside': [
    [
      'For 200 partners I would take a wildcard certificate and tell partners apart by their client credentials rather than by per-partner host rules.',
      [],
    ],
    [
      'We can put every partner on its own hostname behind one ALB, no matter how many partners we sign.',
      ['alb-host-routing-any-tenant-count'],
    ],
  ],
  // content (session 18): an advantage said not to be a serverless one is no serverless verdict
  'an advantage that is not a serverless one': [
    [
      'For partners the gateway wins on throttling and usage plans, which is an API-management advantage, not a serverless one.',
      [],
    ],
    ['For partners the gateway is the better choice because it is serverless.', ['serverless-means-better']],
  ],
  // content: "support ticket" names the pre-warming myth only when said of an ALB
  'a support ticket about something else': [
    ['Higher account throttles are granted through a support ticket.', []],
    ['Keys leak into chat logs and support tickets, so they are not secrets.', []],
  ],
  // cue lexicon: "used to", "old habit", "historically", "had assumed": what held once is not a claim about today
  'a belief left behind': [
    ['Historically you filed a support case to pre-warm an ALB; LCU Reservation replaced that.', []],
    ['I had assumed every API Gateway type could take WAF, until I read the supported resources list.', []],
  ],
  // cue lexicon and reporting verbs: past tenses and conviction report someone else's belief
  "someone else's belief": [
    ['Our architect is convinced API Gateway is cheaper because it is pay-per-use; the numbers say otherwise.', []],
    ['The previous team argued that API Gateway wins because it is serverless.', []],
    ['API Gateway is cheaper because it is pay-per-use, full stop.', ['pay-per-use-is-cheaper']],
  ],
};

const FRONT_DOOR: Record<string, TrapRow[]> = {
  // content (session 18): an NLB said to be one option, not a requirement, is not required
  'an NLB that is one option, not a requirement': [
    ['A Network Load Balancer in front of the service is one option for a private integration, not a requirement.', []],
    ["The REST API's VPC link needs an NLB in front of the service.", ['private-integration-needs-nlb']],
  ],
  // session 16 (set iv): a kind of auth the ALB really lacks; pricing said of the traffic shape just described
  'a named kind of auth the ALB lacks': [
    ["What the ALB lacks is IAM/SigV4 auth, and that's a narrower gap than people think.", []],
    ['The ALB lacks any authentication, so every service checks tokens.', ['alb-has-no-auth']],
  ],
  // "can't forward a request to a Lambda function that lives in …": what is passed on does not use up the negation's
  // reach; "…, so any cross-account functions would …" has a subject of its own, not the ALB carried over
  'a request passed on, and a sub-clause with its own subject': [
    [
      "An ALB can't forward a request to a Lambda function that lives in another account, so any cross-account functions sit behind API Gateway.",
      [],
    ],
    [
      'Our ALB will forward each request to a Lambda function that lives in another account.',
      ['alb-lambda-cross-account'],
    ],
  ],
  'per-request pricing for the shape just described': [
    ['Per-request pricing is the cheapest shape for that, and there is nothing to size or keep warm.', []],
  ],
  // negation reach: the place after "that lives in a …" is reached past its article
  'a place after a relative clause': [
    ['An ALB cannot invoke a Lambda function that sits in a separate account.', []],
    ['An ALB can invoke a Lambda function that sits in a separate account.', ['alb-lambda-cross-account']],
  ],
  // "is not a REST API with …": after a copula the negation denies the predicate, not only the entity
  'a predicate noun denied whole': [
    ['An HTTP API is not a REST API with all the same features.', []],
    ['An HTTP API is a REST API with all the same features.', ['http-api-is-cheaper-rest']],
  ],
  // content: a 6 MB limit said in the same breath places the 10 MB at the gateway
  '10 MB at the gateway beside 6 MB for Lambda': [
    ['Payloads: 10 MB at the gateway edge, 6 MB for a synchronous Lambda.', []],
    ['The Lambda function can be sent a 10 MB payload through API Gateway.', ['apigw-10mb-to-lambda']],
  ],
};

describeTrapRows('partner-rate-limiting', PARTNERS);
describeTrapRows('apigw-vs-alb', FRONT_DOOR);

/**
 * False errors in strong answers (session 15): the thing a VPC link points at, a load in requests per second, a WAF
 * rule's condition, headers an ALB rule matches. Quiet rows must raise no error; a quota said outright still does.
 */
const RECOVERY: Record<string, TrapRow[]> = {
  // content (session 18): reserving LCUs yourself is the self-service way, no ticket
  'LCUs reserved by the team': [
    [
      'Pre-warming the standby ALB is a self-service action now: reserve LCUs ahead of the drill, then cancel them.',
      [],
    ],
    [
      'The ALB has no self-service way to reserve capacity, so pre-warming it is a support case.',
      ['alb-prewarm-needs-ticket'],
    ],
    ['Before failover someone files a support ticket so AWS pre-warms the standby ALB.', ['alb-prewarm-needs-ticket']],
  ],
  // session 16: warming compute is not pre-warming the load balancer
  'warming compute': [
    ['EKS is the slow part to bring up (nodes, image pulls, warm-up), so the standby keeps a small node group.', []],
    [
      'Before the failover drill someone has to warm up the standby ALB through a support ticket.',
      ['alb-prewarm-needs-ticket'],
    ],
  ],
  // content: `vpc-link` has objects [alb, nlb]: what a link points at never owns one
  'what a VPC link points at': [
    ['Internal ALB + VPC link V2 for the EKS services.', []],
    ['In the second Region the REST API reaches the internal ALB through its own VPC link.', []],
  ],
  // content: a rate in rps names the quota for traps only (`namedByUnit`), so a load is not judged as a quota
  'a load in requests per second': [
    ['At a steady 100 requests per second a REST API costs about 900 dollars a month.', []],
    [
      'Each API in the standby Region gets its own 10,000 rps, so two APIs double our headroom.',
      ['apigw-limit-per-api'],
    ],
  ],
  // content: "source-ip" and "arbitrary headers" alone no longer name listener rules or header rewriting
  'conditions of a WAF rule or a listener rule': [
    ['A WAF rate-based rule per source IP over a 5-minute window sits on the REST stage.', []],
    ['The ALB can match on host, path, arbitrary headers and query strings.', []],
  ],
};

describeTrapRows('multi-region-dr', RECOVERY);

describe('a quota said outright', () => {
  it('is still judged: a wrong account throttle is an error with its correction', async () => {
    const r = await gradeReal('multi-region-dr', 'The API Gateway account throttle limit is 500 requests per second.');
    expect(r.errors.map((e) => e.claim)).toEqual(['API Gateway: requests-per-second quota 500 rps']);
  });
});
