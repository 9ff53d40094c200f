/**
 * No false accusations, by construction (ADR 010): every true statement the content makes —
 * comparison cells, card backs and explanations, misconception corrections, the knowledge base's
 * own `says`, and the model answers — graded under every prompt, is flagged neither as a trap nor
 * as an error.
 */
import { describe, expect, it } from 'vitest';
import { realContent, gradeReal } from './rubric-fixture';

describe('the content never accuses itself', () => {
  it('finds no trap and no error in any true statement of the content', async () => {
    const content = await realContent();
    const statements = [
      ...content.comparisons.flatMap((c) => c.dimensions.flatMap((d) => [d.a, d.b, d.nuance])),
      ...content.decks.flatMap((d) => d.cards.flatMap((c) => [c.back, c.explanation ?? ''])),
      ...content.misconceptions.map((m) => m.correction),
      ...content.knowledge.flatMap((k) => k.facts.map((f) => f.says)),
      ...content.prompts.flatMap((p) => [p.modelAnswers.average, p.modelAnswers.great]),
    ].filter((s) => s.trim() !== '');
    expect(statements.length).toBeGreaterThan(300);
    const accused: string[] = [];
    for (const prompt of content.prompts) {
      for (const text of statements) {
        const r = await gradeReal(prompt.id, text);
        for (const t of r.traps) accused.push(`${prompt.id}: trap ${t.id}: ${t.evidence}`);
        for (const e of r.errors) accused.push(`${prompt.id}: error ${e.claim}: ${e.evidence}`);
        // (the content's own statements never decide for an option it rules out: ADR 038)
        if (r.misfit !== null) accused.push(`${prompt.id}: misfit ${r.misfit.choice}: ${r.misfit.evidence}`);
      }
    }
    expect(accused).toEqual([]);
  }, 120_000); // every statement of the content under every prompt: seconds of work, more as the content grows
});

/**
 * True statements in a senior answer's style, written for this test (ADR 034, session 13): the reading that
 * once accused each of them is named with it. Each reading also keeps its trap: the `asserts` rows must still
 * be flagged, so a guard cannot pass by silencing the whole trap.
 */
const TRUE_STATEMENTS: { prompt: string; reading: string; text: string }[] = [
  {
    prompt: 'apigw-vs-alb',
    reading: 'an attribute heading one list item is no predicate of an entity two items on',
    text: 'The gateway covers the basics for a public API: authentication with JWT authorizers, request throttling, API keys and usage plans for metering.',
  },
  {
    prompt: 'partner-rate-limiting',
    reading: 'an entity in the middle of a list is no subject of an attribute two items on',
    text: 'The stack leverages API Gateway usage plans, API keys, throttling and quotas, combined with WAF rules, Shield, and Cognito authentication with OAuth.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'a denial of one attribute stays off the next one when that one opens its own clause',
    text: "An HTTP API is cheaper, but it offers no caching and WAF won't attach to it.",
  },
  {
    prompt: 'partner-rate-limiting',
    reading: 'a belief reported of anyone but the writer, named by role',
    text: 'The account manager thinks API keys keep outsiders out; we will walk him through the authorizer instead.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'a saying reported of a role covers its whole clause',
    text: "Our platform lead always says API Gateway is serverless so it's better, and I am not convinced.",
  },
  {
    prompt: 'partner-rate-limiting',
    reading: 'a denial after the attribute, on a verb of depending',
    text: 'Partners get OAuth tokens from Cognito, and authentication never relies on the API key.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'an entity followed by its own number is not described by the number before it',
    text: 'Files skip the front door entirely (request body 10 MB max, Lambda 6 MB per invocation).',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'what stops or ceases being so is denied',
    text: "Once traffic is steady and high, API Gateway's per-request pricing stops being the cheap option next to an ALB.",
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'a need hedged as possible ("may need") is not claimed',
    text: 'The load balancer scales on its own, though for a sudden tenfold spike it may need to be warmed up in advance.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'a number only one kind has names that kind (a table cell of the parent)',
    text: '| | API Gateway | ALB |\n|---|---|---|\n| timeouts | REST 29 s by default, raisable; HTTP 30 s fixed | 60 s idle, up to 4000 s |',
  },
  {
    prompt: 'partner-rate-limiting',
    reading: 'a clause after a colon with a subject noun of its own is no fragment of the subject before',
    text: 'Usage plans, API keys, throttles and Cognito-issued tokens each do one job: the token authenticates, the key meters.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: '"unable" denies, so a "No" to the question asserts the capability',
    text: 'Is the ALB unable to authenticate? No, it has OIDC and Cognito actions.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'a "not" before the preposition of a listed entity denies that entity',
    text: 'Managed rule groups attach to the ALB, not to an HTTP API, which has no web ACL association.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'a negated copula before an article denies the whole predicate noun phrase',
    text: 'The HTTP API costs less, but it is not a slimmed-down REST API with the same features.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'what a thing skips, it goes without',
    text: 'HTTP APIs skip WAF, caching and usage plans in exchange for a lower price.',
  },
  // round 2 (ADR 034, "Session 13: false flags, round 2")
  {
    prompt: 'apigw-vs-alb',
    reading: 'a dot glued to the word after a wildcard opens a hostname and ends no clause',
    text: 'ACM does not sign certificates for the *.elb.amazonaws.com hostname, so HTTPS goes on our custom domain.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: "a denial before the attribute's own object denies the attribute (the object has no verb of its own)",
    text: 'Load balancer: no Lambda functions in other accounts.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: '"only" before a count taken from a larger set ("only one of six") singles nothing out',
    text: 'The ALB treats path routing as only one of six condition types.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'an attribute named again as the purpose of a denied need is the one denied claim',
    text: 'No support case is required to pre-warm the load balancer.',
  },
  {
    prompt: 'partner-rate-limiting',
    reading: 'the purpose of a denied need is not claimed of what is not needed',
    text: 'No API key is required to authenticate a partner whose token the authorizer checks.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'a gerund of saying that opens the sentence reports what it says',
    text: 'Claiming the gateway is better because it is serverless skips the real trade-offs.',
  },
  {
    prompt: 'apigw-vs-alb',
    reading: 'hedges after the copula leave room for the relative clause whose subject lacks the attribute',
    text: 'WAF is really only one of the things HTTP APIs lack.',
  },
];

const STILL_ASSERTED: { prompt: string; trap: string; text: string }[] = [
  {
    prompt: 'partner-rate-limiting',
    trap: 'api-keys-secure-apis',
    text: 'API keys handle authentication for our partners, so nothing else is needed.',
  },
  {
    prompt: 'partner-rate-limiting',
    trap: 'api-keys-secure-apis',
    text: "My tech lead says API keys lock the API down, and he's right about that.",
  },
  {
    prompt: 'partner-rate-limiting',
    trap: 'api-keys-secure-apis',
    text: 'Authentication depends on the API key each partner sends.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'apigw-10mb-to-lambda',
    text: 'Lambda accepts 10 MB, so uploads through the gateway are fine.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'pay-per-use-is-cheaper',
    text: "API Gateway's per-request pricing is always the cheap option.",
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'alb-prewarm-needs-ticket',
    text: 'Before a big event the ALB needs a support ticket to pre-warm it.',
  },
  { prompt: 'apigw-vs-alb', trap: 'apigw-hard-29s-timeout', text: "API Gateway's 29-second timeout is fixed." },
  {
    prompt: 'apigw-vs-alb',
    trap: 'apigw-hard-29s-timeout',
    text: 'Nothing on the gateway can ever run past half a minute.',
  },
  {
    prompt: 'partner-rate-limiting',
    trap: 'api-keys-secure-apis',
    text: 'API keys have one job: authentication of partners.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'alb-has-no-auth',
    text: 'The ALB is unable to authenticate anyone, so the gateway has to do it.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'http-api-is-cheaper-rest',
    text: 'The HTTP API is a slimmed-down REST API with the same features at a lower price.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'waf-on-http-api',
    text: 'The HTTP API supports WAF, caching and usage plans at a lower price.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'waf-on-http-api',
    text: 'Put WAF on the HTTP API, not on the REST API, to save money.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'waf-on-http-api',
    text: 'The HTTP API has no usage plans and WAF can attach to it.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'alb-default-dns-https',
    text: "The ALB's default *.elb.amazonaws.com name can carry an ACM certificate for HTTPS.",
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'alb-lambda-cross-account',
    text: 'Load balancer: Lambda functions in other accounts.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'alb-routes-only-on-path',
    text: 'Path-based routing is the only one of the condition types an ALB rule can use.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'alb-prewarm-needs-ticket',
    text: 'A support case is required to pre-warm the load balancer.',
  },
  {
    prompt: 'partner-rate-limiting',
    trap: 'api-keys-secure-apis',
    text: 'An API key is required to authenticate a partner.',
  },
  {
    prompt: 'apigw-vs-alb',
    trap: 'serverless-means-better',
    text: 'I keep saying it: API Gateway is the better choice because it is serverless.',
  },
  { prompt: 'apigw-vs-alb', trap: 'waf-on-http-api', text: 'WAF is only something the HTTP API can do.' },
];

describe('true statements in other words are not accused', () => {
  it.each(TRUE_STATEMENTS)('$reading', async ({ prompt, text }) => {
    const r = await gradeReal(prompt, text);
    expect(r.traps.map((t) => `${t.id}: ${t.evidence}`)).toEqual([]);
  });
  it.each(STILL_ASSERTED)('still flags $trap: $text', async ({ prompt, trap, text }) => {
    const r = await gradeReal(prompt, text);
    expect(r.traps.map((t) => t.id)).toContain(trap);
  });
});
