import { describeTrapRows, type TrapRow } from './rubric-fixture';

/**
 * Grammar the claim reader understands (issue 12, session 10): who does what, negation and attribution
 * scope per clause. Each row's sentence was written for this test; each mechanism has rows that assert a
 * trap and rows that must stay quiet.
 */
const FORMS: Record<string, TrapRow[]> = {
  // "gives you", "lets you": a "you" right after a verb is its object, so the verb's subject still owns the claim
  'a "you" after a verb is its object, not a new actor': [
    ['The load balancer gives you no way to rewrite the URL before it reaches the pods.', ['alb-cannot-rewrite']],
    ['Honestly the ALB hands you nothing for auth, so every service validates tokens itself.', ['alb-has-no-auth']],
    ['The load balancer lets you rewrite the URL with a transform on the listener rule.', []],
  ],
  // "somebody on the platform team said …": a short prepositional phrase between an attribution's subject and verb
  'an attribution subject qualified by a phrase still reports': [
    ['Someone on the platform team said the load balancer cannot authenticate anyone.', []],
    ['People at my last job believed that the ALB has no way to authenticate callers.', []],
  ],
  // "<attribute> is/isn't <noun> (that) <entity> <verb>": the attribute is the object of a relative clause whose
  // subject follows it, and the copula's and the clause's own negations are the claim's
  'an attribute as the object of a relative clause': [
    ["WebSocket support is something the ALB simply doesn't have.", ['alb-no-websockets']],
    ['Path rewriting for the legacy clients is a capability the load balancer does not offer.', ['alb-cannot-rewrite']],
    ["Authenticating partners isn't something an ALB can do for us.", ['alb-has-no-auth']],
    ['A web ACL is the one thing HTTP APIs lack, so CloudFront sits in front of ours.', []],
    ['Firewall rules for layer 7 are the piece the HTTP API type cannot attach.', []],
    ['WebSocket support is something the ALB has had for years.', []],
  ],
  // "them" is always an object: it has no verb of its own for a negation to belong to
  '"them" is an object, never a subject': [
    ['Handing out API keys is sensible, yet it does not turn them into a way to secure the API.', []],
    ['Partners love API keys, but nothing makes them a security boundary for the API.', []],
  ],
  // a plural pronoun does not stand for one thing named with "a" / "an"
  'a plural pronoun does not stand for a singular noun': [
    ['Route tables around an internet-facing ALB matter, but they are about reachability, not DDoS protection.', []],
    [
      'Load balancers are fine for steady traffic, but they have no DDoS protection of their own.',
      ['alb-needs-shield-enabled'],
    ],
  ],
  // "some people still …", "teams often …": what others habitually do is reported, not the writer's claim
  'what others habitually do is reported': [
    ['Plenty of teams still park a network load balancer in front of every REST private integration.', []],
    ['Developers often wire an NLB in front of the ALB for REST private integrations out of habit.', []],
    ['Teams still need an NLB for every REST private integration.', ['private-integration-needs-nlb']],
  ],
  // "an NLB or API Gateway": an entity coordinated with the attribute's own noun is an alternative, not its subject
  'an entity coordinated with the attribute is an alternative': [
    ['For the socket traffic we need an NLB or API Gateway in the path.', []],
    ['Legacy clients need an NLB or API Gateway for their private integrations.', []],
    ['A REST API needs an NLB or some proxy for its private integrations.', ['private-integration-needs-nlb']],
  ],
  // "every API Gateway type …": a claim about every kind of a thing is a claim about each kind
  'a universal claim holds of each kind': [
    ['Every API Gateway flavour can take a web ACL.', ['waf-on-http-api']],
    ['A web ACL can be associated with all of the gateway types.', ['waf-on-http-api']],
    ['All of the gateway types can take a web ACL.', ['waf-on-http-api']],
    ['Not every API Gateway type takes a web ACL.', []],
    ['A web ACL attaches to every REST API we deploy.', []],
  ],
  // "attach a web ACL to it": a pronoun after the attribute, governed by to / on / with, is what the attribute is put on
  'a pronoun the attribute is put on': [
    ['We moved to the HTTP API last month and attached a web ACL to it.', ['waf-on-http-api']],
    ['We kept the HTTP API and associated a web ACL with its default stage.', ['waf-on-http-api']],
    ['We kept the REST API and attached a web ACL to it.', []],
    // content: WAF reaching an HTTP API through CloudFront is the true way round (waf-on-http-api `unless`)
    ['We keep the HTTP API and get a web ACL on it indirectly, through CloudFront.', []],
  ],
  // "only API Gateway can …": what one thing alone can do, the others the base describes cannot
  'what only one thing can do, the others cannot': [
    ['Only API Gateway can authenticate callers.', ['alb-has-no-auth']],
    ['Chat stays on the gateway, since only API Gateway supports WebSockets.', ['alb-no-websockets']],
    ['Not only API Gateway can authenticate callers.', []],
    ['Only API Gateway can authenticate callers with Cognito authorizers.', []],
  ],
  // "…, plus it …" continues the subject; "…, plus <noun> for …" adds an item of its own
  '"plus" with a noun adds an item, with a pronoun continues': [
    ['Partner access: API keys for metering, plus signed JWTs for the real authentication.', []],
    ['API keys identify each partner, plus they secure the API.', ['api-keys-secure-apis']],
  ],
  // "better than the one hour …": a comparison against a quantity compares numbers, it names no better choice
  'a comparison against a quantity is no choice': [
    ['Failover takes about five minutes, far better than the one hour we promised, and the stack is serverless.', []],
    ['Recovery lands well under the target, better than 60 minutes, since the whole stack is serverless.', []],
    ['API Gateway is better than an ALB here, since it is serverless.', ['serverless-means-better']],
  ],
  // "I'd warm up …", "we'll warm up …": with no entity named, what the writer will do is a plan, not a claim
  'what the writer will do is a plan, not a claim': [
    ['After the failover drill we will warm up the standby footprint.', []],
    ["Once the drill is over I'd warm up the spare capacity in the second Region.", []],
    ['Before the launch the ALB has to be pre-warmed through a support ticket.', ['alb-prewarm-needs-ticket']],
  ],
  // "… is impossible / unsupported / unavailable / out of reach": a negative predicate adjective denies by itself
  'a negative predicate adjective denies the attribute': [
    ['Rewriting the URL is impossible on the load balancer.', ['alb-cannot-rewrite']],
    ['WebSocket support is unavailable on an ALB, so chat goes elsewhere.', ['alb-no-websockets']],
    ['A web ACL is unsupported on HTTP APIs, so we front ours with CloudFront.', []],
  ],
};

describeTrapRows('apigw-vs-alb', FORMS);
