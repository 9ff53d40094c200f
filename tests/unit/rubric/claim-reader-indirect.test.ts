import { describeTrapRows, type TrapRow } from './rubric-fixture';

/**
 * Traps asserted indirectly (issue 12, session 13): the myth as the premise of a design step, a thing named only by
 * the part of it the writer works with, an equality or a contrast instead of the claim. Each row's sentence was
 * written for this test; each mechanism has rows that assert a trap and rows that must stay quiet.
 */
const FORMS: Record<string, TrapRow[]> = {
  // an attribute the knowledge base gives to one entity only (and denies another) names that entity
  'a thing only one entity has names that entity': [
    [
      'The VPC link can only attach to an NLB, so we add one in front of the containers.',
      ['private-integration-needs-nlb'],
    ],
    ['Our VPC link reaches the ALB directly, so no NLB is needed.', []],
  ],
  // "the same <what the object has> as <object>": an equality with the object of a `namedByIdentity` attribute
  '"the same … as" the object of an identity names it': [
    [
      'An HTTP API gives you the same caching and usage plans as a REST API for a third of the money.',
      ['http-api-is-cheaper-rest'],
    ],
    ['An HTTP API does not have the same usage plans as a REST API.', []],
    ['An HTTP API bills the same way as a REST API, per request.', []],
  ],
  // a count past the limit the content gives (`namedByCount`), in a clause naming what it counts in
  'a count past the known limit names the attribute': [
    [
      'Every one of our 300 customers gets a host rule and a certificate on the single ALB.',
      ['alb-host-routing-any-tenant-count'],
    ],
    ['Our 40 tenants each get a host rule on the ALB.', []],
    ['At 300 tenants we shard the host rules across three ALBs.', []],
    ['Each partner gets a host rule, and the 500 requests per second they send stay on one ALB.', []],
  ],
  // "Not really, …": a softened answer word before a comma denies nothing after it
  'a softened answer word denies nothing after its comma': [
    [
      'Does the ALB look at headers when it routes? Not really, it only routes on the path.',
      ['alb-routes-only-on-path'],
    ],
    ['Not at all, the ALB routes on host headers and query strings as well as the path.', []],
  ],
  // "How do we <attribute>? <answer>": the thing the answer names first is the means
  'a question about means, answered at once': [
    ['How do we secure the partner API? API keys on every request.', ['api-keys-secure-apis']],
    ['How do we secure the partner API? Not with API keys: they only identify callers.', []],
    ['How do we authenticate partners? The REST API checks their tokens with a Cognito authorizer.', []],
  ],
  // "Pro of moving to X: …": a label before a colon naming one thing, even as an object, is the fragment's topic
  'a label naming one thing before a colon is the topic after it': [
    ['Upside of moving to an HTTP API: identical features, lower bill.', ['http-api-is-cheaper-rest']],
    ['Reason to stay on the REST API: usage plans and caching.', []],
    ['Downside of moving to an HTTP API: no usage plans and no caching.', []],
  ],
  // "that ceiling", "this hard limit": an attribute named with a demonstrative is the thing talked about's
  'an attribute named with a demonstrative belongs to the thing talked about': [
    [
      'Our report export takes two minutes, so API Gateway is out. That hard limit of 29 seconds decides it.',
      ['apigw-hard-29s-timeout'],
    ],
    ['The ALB keeps a 60 second idle timeout. That ceiling can be raised to 4,000 seconds.', []],
  ],
  // a number that is a count of things times the quota (`namedByMultiple`): the quota multiplied per thing
  'a quota multiplied by a count names "its own" quota': [
    ['We run four APIs, so we have 40,000 requests per second to play with.', ['apigw-limit-per-api']],
    ['Twenty partners at 500 requests per second each add up to 10,000 for the whole account.', []],
    ['Our four APIs share one 10,000 rps quota, not 40,000.', []],
  ],
  // "doesn't actually have any way to <verb>": the negation reaches through the means to the verb
  'a negation reaches through "have a way to" / "be able to"': [
    ['The ALB does not actually have any way to check who the caller is.', ['alb-has-no-auth']],
    ['The ALB has a way to check who the caller is: the authenticate-oidc action.', []],
  ],
  // "un-" before a one-word alias denies the attribute ("unauthenticated")
  '"un-" before an attribute denies it': [
    ['The ALB passes every call through to the pods unauthenticated.', ['alb-has-no-auth']],
    ['API Gateway rejects unauthenticated calls before they reach the functions.', []],
  ],
  // "Why would we …, when <premise>? <verdict>": the rhetorical question's premise is the verdict's reason
  'a verdict after a rhetorical why-question takes its premise as the reason': [
    [
      'Why would anyone run an ALB, when API Gateway is serverless? API Gateway is the better choice here.',
      ['serverless-means-better'],
    ],
    ['Why would anyone run an ALB, when API Gateway is serverless? Because the containers need one later.', []],
    ['API Gateway is serverless. API Gateway is the better choice here, because partners need usage plans.', []],
  ],
  // "<attribute as a participle> at <thing>": where it is done is who does it
  'a thing named with "at" after a participle does it': [
    ["Our pods can't have their callers authenticated at the load balancer, so each one does it.", ['alb-has-no-auth']],
    ['Our pods have their callers authenticated at the load balancer with the authenticate-oidc action.', []],
  ],
  // "<quantity>, which is <thing>'s <attribute>": the relative clause is about the quantity it is attached to
  'a relative clause takes the quantity it is attached to': [
    [
      'We accept uploads of up to 10 MB, which is the payload limit of API Gateway, and the Lambda gets each upload whole.',
      ['apigw-10mb-to-lambda'],
    ],
    ['We accept uploads of up to 10 MB, which is the payload limit of API Gateway, and put larger files in S3.', []],
  ],
};

describeTrapRows('apigw-vs-alb', FORMS);
