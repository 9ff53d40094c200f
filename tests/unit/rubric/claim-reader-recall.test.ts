import { describeTrapRows, type TrapRow } from './rubric-fixture';

/**
 * Traps missed for want of a general reading (issue 12, session 14): a need said of what a VPC link points at,
 * API keys said to authenticate, the writer's "we" where the content says "you", and an attribute owned by "its".
 * Each row's sentence was written for this test; each mechanism has rows that assert a trap and rows, true
 * statements in the same words, that must stay quiet.
 */
const FORMS: Record<string, TrapRow[]> = {
  // content: `link-needs-target` qualifies a VPC-link claim with an NLB in its clause, as "only" does
  'a VPC link said to need the NLB it points at': [
    [
      'We keep an NLB in the new account, since that is what the VPC link must point at.',
      ['private-integration-needs-nlb'],
    ],
    [
      'The platform team adds an NLB next to the ingress ALB so the REST API VPC link has something to attach to.',
      ['private-integration-needs-nlb'],
    ],
    ['The REST API VPC link has to target an NLB, so we run one per Region.', ['private-integration-needs-nlb']],
    ['The REST API reaches the ALB over a VPC link v2, so there is no NLB to run.', []],
    ['The REST API VPC link has to target the ALB; no NLB is needed any more.', []],
    ['Before VPC link v2, the link had to target an NLB; now it can reach an ALB.', []],
    ['The HTTP API VPC link has something to attach to without an NLB: the ALB itself.', []],
  ],
  // content: API keys said to authenticate callers are said to secure the API (`api-keys-secure-apis`)
  'API keys said to authenticate': [
    ['API keys are the auth layer for our partner calls.', ['api-keys-secure-apis']],
    ['API keys do the identity check, so we ship without an authorizer.', ['api-keys-secure-apis']],
    ['API keys are not an auth layer; a Cognito authorizer checks the token.', []],
    ['API keys do the identity check for billing, and the authorizer verifies the token.', []],
  ],
  // code: inside a phrase, "we" / "us" and the generic "you" are one word (match-phrases.ts)
  '"we" and "you" are one word inside a phrase': [
    [
      'Because we only pay for what we use, API Gateway stays cheaper than an ALB at any traffic we will see.',
      ['pay-per-use-is-cheaper'],
    ],
    ['API Gateway bills for what we use, so it is cheaper than the ALB.', ['pay-per-use-is-cheaper']],
    ['We only pay for what we use on API Gateway, so it is cheaper while traffic is low.', []],
    ['We only pay for what we use on API Gateway, but at steady volume the ALB is cheaper.', []],
  ],
  // code: failing any other subject, a possessive pronoun right before the attribute owns it (extract-claims.ts)
  'a possessive pronoun owns the attribute after it': [
    [
      'Our slow reports cannot sit behind API Gateway because of its hard 29-second timeout.',
      ['apigw-hard-29s-timeout'],
    ],
    ['Our slow reports can sit behind a Regional REST API, because its 29-second timeout can be raised.', []],
    ['Long reports go behind the ALB because of its 4,000-second idle timeout.', []],
  ],
  // content: ordinary words for "cheaper" ("comes out ahead") and "only" ("and that's it")
  'vocabulary: "comes out ahead", "and that\'s it"': [
    ['Per-request billing means API Gateway always comes out ahead of a load balancer.', ['pay-per-use-is-cheaper']],
    ['At steady high volume the ALB comes out ahead of API Gateway on cost.', []],
    ["ALB listener rules match on the path and that's it.", ['alb-routes-only-on-path']],
    ["ALB listener rules match on the host header, the path and the source IP, and that's it.", []],
  ],
  // content: the 10 MB trap's exceptions are the ways out it names ("via S3", "no more than 6 MB"), not any "no" or
  // "S3": "no S3 step needed" is the myth's own consequence
  'a denied way out does not excuse the 10 MB trap': [
    [
      'API Gateway accepts 10 MB, so the Lambda receives the whole 10 MB file directly, no S3 step needed.',
      ['apigw-10mb-to-lambda'],
    ],
    [
      'API Gateway accepts 10 MB bodies straight through to the Lambda, so we skip the S3 step.',
      ['apigw-10mb-to-lambda'],
    ],
    ['API Gateway accepts 10 MB, but the Lambda receives no more than 6 MB of it, so big files go via S3.', []],
    [
      'API Gateway accepts 10 MB bodies, but a synchronous Lambda takes 6 MB, so we upload to S3 with presigned URLs.',
      [],
    ],
  ],
  // content: "does the same job" is an ordinary way to say "the same thing" (`same-as-rest`)
  'vocabulary: "does the same job"': [
    ['Why pay for REST when an HTTP API does the same job for a third of the price?', ['http-api-is-cheaper-rest']],
    ['An HTTP API does the same job as a REST API, at a third of the price.', ['http-api-is-cheaper-rest']],
    ['An ALB does the same job as API Gateway for the container routes.', []],
    ['For simple proxying an HTTP API does the same job, but it lacks usage plans and WAF.', []],
    ['An HTTP API does the same job for simple proxying, but without usage plans, caching or WAF.', []],
  ],
  // content: a 29 s cut-off said to hold every time, or whatever the configuration, is the hard limit
  'a 29-second cut-off that always holds': [
    ['API Gateway always cuts a request off at 29 seconds, so the export runs elsewhere.', ['apigw-hard-29s-timeout']],
    ["API Gateway cuts every request off at 29 seconds, no matter how it's configured.", ['apigw-hard-29s-timeout']],
    ['A Regional REST API cuts requests off at 29 seconds by default, and we can ask for more.', []],
    ['HTTP APIs always cut a request off at 30 seconds, so the export runs elsewhere.', []],
  ],
};

/** The same, on the partner prompt (what the per-API quota counts is named there). */
const PARTNER_FORMS: Record<string, TrapRow[]> = {
  // code: the quota's known value said to be each one's own ("its own 10,000", "a separate 10,000 rps", "… of its
  // own") in a sentence naming an API names the per-API quota; a known value inside the alias satisfies its quota
  "the quota's own value said to be each API's own": [
    ['The partners API comes with a 10,000 rps allowance of its own.', ['apigw-limit-per-api']],
    ['Our second API gets a separate 10,000 rps allocation.', ['apigw-limit-per-api']],
    ['Enterprise moves to a second API with its own 10k, clear of the others.', ['apigw-limit-per-api']],
    ["Each partner gets its own 500 rps through its usage plan, inside the account's 10,000 rps.", []],
    ['We split into two APIs, but they share the same 10,000 rps.', []],
  ],
  // content: "share" excuses the per-API myth only when the quota is shared ("share the 10,000"), not an API
  'sharing an API is not sharing the quota': [
    ['Pro and Free share another API, and Enterprise gets its own 10,000 rps API.', ['apigw-limit-per-api']],
    ['Pro and Free get one API and Enterprise another, but all of them share the 10,000 rps quota.', []],
  ],
};

describeTrapRows('partner-rate-limiting', PARTNER_FORMS);

describeTrapRows('apigw-vs-alb', FORMS);
