import { describe, expect, it } from 'vitest';
import { describeTrapRows, gradeReal, type TrapRow } from './rubric-fixture';

/**
 * Claims the reader infers from how a sentence is built rather than from its words (issue 12, session 11):
 * places named around two things, roles, answers to the writer's own questions. Each row's sentence was
 * written for this test; each mechanism has rows that assert a trap and rows that must stay quiet.
 */
const FORMS: Record<string, TrapRow[]> = {
  // an attribute marked `acrossPlaces`: a subject reaching one of its objects placed in another Region or account
  'two places in one clause': [
    ['The eu-west-1 ALB can register the functions in eu-central-1 as targets.', ['alb-lambda-cross-account']],
    [
      'Our disaster-recovery ALB will call the Lambda functions that are still running in the production account.',
      ['alb-lambda-cross-account'],
    ],
    [
      'During the drill the ALB in ca-central-1 failed over to a Lambda target in us-east-2.',
      ['alb-lambda-cross-account'],
    ],
    // two accounts, one named by its side and one by its purpose (session 18)
    [
      "The recovery account's ALB can target the Lambda functions that already live in the shared-tools account.",
      ['alb-lambda-cross-account'],
    ],
    ["The production account's ALB invokes the Lambda functions in the primary account.", []],
    ['The standby ALB invokes the Lambda functions in the secondary Region.', []],
    ['The ALB in us-east-1 cannot invoke functions in us-west-2.', []],
    ['Once us-east-1 is down, the ALB in ap-south-1 invokes the functions deployed in ap-south-1.', []],
  ],
  // "an ALB can target a Lambda function that lives in …": a relative clause on the object places it
  'a relative clause on the object names where it is': [
    ['Our ALB will invoke a Lambda function that runs in a different AWS account.', ['alb-lambda-cross-account']],
    ['An ALB cannot target a Lambda function that lives in another account.', []],
    ['API Gateway can invoke a Lambda function that lives in another account.', []],
  ],
  // "us-west-2" is a Region: the "us" in it is no one acting between a subject and its verb
  'a Region code is not the writer': [
    [
      'During the drill the load balancer in us-west-1 kept calling the functions in us-east-2.',
      ['alb-lambda-cross-account'],
    ],
  ],
  // "…, however busy it gets", "whatever we pick, …", "never … more expensive": the claim holds in every case
  'a free-choice phrase or "never" with a comparison makes a claim unconditional': [
    ['An HTTP API comes out cheaper than a load balancer, however busy the service gets.', ['pay-per-use-is-cheaper']],
    ['The gateway will never wind up more expensive than the ALB for this startup.', ['pay-per-use-is-cheaper']],
    ['However, the gateway is cheaper than an ALB for our first few months.', []],
    // a free choice over the decision says nothing about the circumstances
    ['Whatever we end up choosing, API Gateway is cheaper at launch.', []],
    ['An ALB never costs more than the gateway once traffic is steady.', []],
    [
      'Edge-optimized endpoints are never slower than Regional ones, so the partner API gets one.',
      ['edge-optimized-always-fastest'],
    ],
    ['For callers spread around the world, edge-optimized endpoints are never slower than Regional ones.', []],
    // with a subject of its own, a free-choice phrase needs no comma; as a determiner it is no free choice
    ['The REST API cuts off every request at 29 seconds whatever we do.', ['apigw-hard-29s-timeout']],
    [
      'The REST API cuts off every request at 29 seconds for whatever integration we pick, until we raise the quota.',
      [],
    ],
  ],
  // "Whichever flavour of API Gateway you choose, …": the leading phrase names the topic, every kind of it
  'a leading free-choice phrase names the topic': [
    [
      'Whatever type of API Gateway we deploy, requests get cut off at 29 seconds and nobody can lift that.',
      ['apigw-hard-29s-timeout'],
    ],
    ['Whichever flavour of API Gateway you choose, the ALB behind it keeps a 60-second idle timeout.', []],
  ],
  // "…, with no way to …": a phrase on what the subject comes with describes the subject
  'a "with" phrase after a comma continues the subject': [
    ['The load balancer forwards every request untouched, with no option to rewrite the path.', ['alb-cannot-rewrite']],
    ['We front the service with CloudFront, with an ALB behind it that can rewrite the path.', []],
  ],
  // "Can the ALB …? No.", "What can an ALB do with …? Nothing.": the writer's answer makes the question a claim
  'a question the writer answers at once': [
    ['Does the load balancer have any way to log users in? No.', ['alb-has-no-auth']],
    ['What can an ALB do with WebSocket traffic? Nothing.', ['alb-no-websockets']],
    ['Can an ALB hold WebSocket connections open? Yes.', []],
    ['Can an ALB rewrite URLs? Sure, with a rule transform.', []],
    [
      'Can an ALB take a host rule and a certificate for every one of 200 partners? Sure, easily.',
      ['alb-host-routing-any-tenant-count'],
    ],
    ['Does the ALB lack WebSocket support? No.', []],
    ['Can an ALB rewrite URLs? No, but a listener rule transform can.', []],
    ['Does the load balancer have any way to log users in? That depends on the listener.', []],
    ['What can we do about the hard 29-second cap on REST APIs? Nothing.', ['apigw-hard-29s-timeout']],
    ['What can we do about the 29-second timeout on REST APIs? Nothing much, we raise it with a quota request.', []],
  ],
  // content vocabulary: "no idea who …" is about who the caller is; a "wall" is a limit that cannot move; what is
  // forwarded "exactly as it arrived" is not rewritten; a bill that "comes out lower" is cheaper
  'vocabulary: not knowing who calls, a wall, forwarding as it arrived, coming out lower': [
    ['The load balancer has no clue who sent the request, so every pod checks tokens.', ['alb-has-no-auth']],
    ['The ALB knows who the user is once the authenticate-oidc action has run.', []],
    ['Every REST API runs into the same 29-second wall.', ['apigw-hard-29s-timeout']],
    ['The load balancer passes each call on exactly as it arrived from the client.', ['alb-cannot-rewrite']],
    ['The gateway bill will always come out lower than an ALB.', ['pay-per-use-is-cheaper']],
    ['At steady high traffic the ALB comes out ahead on cost.', []],
    ['The ALB forwards the path exactly as it arrives unless a rewrite transform is configured on the rule.', []],
  ],
  // "half a minute", "10,000-requests-per-second": quantities the normaliser leaves as words
  'a quantity spelled in words': [
    ['Half a minute is a hard limit on REST APIs.', ['apigw-hard-29s-timeout']],
    ['Each new API we stand up brings its own 10,000-requests-a-second allowance.', ['apigw-limit-per-api']],
    ['A separate API does not come with its own 10,000 requests a second; the quota is per account.', []],
    ['Each partner gets its own 100 requests a second through a usage plan.', []],
    // an API named "accounts" is not the account the quota belongs to
    [
      'Splitting orders and accounts into two separate APIs gives us 20,000 requests a second.',
      ['apigw-limit-per-api'],
    ],
    ['Two separate APIs still share the 10,000 requests a second of the whole account.', []],
  ],
  // "A separate API does not come with …": what the subject names and the predicate denies is denied
  'an attribute named in the subject and denied in the predicate is denied': [
    ['A separate API does not come with its own 10,000 requests a second.', []],
    ['A separate API comes with its own 10,000 requests a second.', ['apigw-limit-per-api']],
  ],
  // "check a partner's token", "strip the /api prefix": a phrase with a determiner before its noun ("check a token",
  // "strip the prefix") still names the attribute when the noun has a modifier
  'one modifier between a determiner and its noun': [
    ["The ALB cannot check a partner's token on its own.", ['alb-has-no-auth']],
    ['Only API Gateway can strip the /api prefix before the request reaches the service.', ['alb-cannot-rewrite']],
    ['The ALB can strip the /api prefix with a rule transform.', []],
    // a phrase with no determiner before its last word ("token checks") takes no modifier
    ['No API key is required to authenticate a partner whose token the authorizer checks.', []],
  ],
  // "there's nothing … that can …": a negative quantifier denies what its relative clause says
  'a negative quantifier reaches its relative clause': [
    ["With the ALB there's nothing in front of the service that can validate a token.", ['alb-has-no-auth']],
    ['With the ALB there is no component in front of our pods that validates tokens.', ['alb-has-no-auth']],
    ['With the ALB there is nothing in front of the service that we have to change to validate a token.', []],
  ],
  // "Why would we run X when Y …?": a rhetorical why-question says Y is the better (or, about paying, cheaper) choice
  'a rhetorical why-question prefers what its premise names': [
    ['Why should anyone run a load balancer when API Gateway is serverless?', ['serverless-means-better']],
    [
      'Why pay for an ALB around the clock when API Gateway only charges for the calls that arrive, at any volume?',
      ['pay-per-use-is-cheaper'],
    ],
    [
      'Why would a small team pick the box with servers behind it when API Gateway is serverless?',
      ['serverless-means-better'],
    ],
    ['Why not put the ALB in front when it has OIDC?', []],
    ['Why would we run an ALB when API Gateway already gives us usage plans?', []],
  ],
  // "all it ever looks at is …", "the only thing …": restrictions in other words
  'a restriction said as "all it looks at" or "the only thing"': [
    ['An Accept header rules the ALB out, because all it ever looks at is the URL path.', ['alb-routes-only-on-path']],
    ['Path routing is not the only thing the ALB does: it also matches headers and query strings.', []],
  ],
  // "every service would need its own JWT validation": what the things behind must do themselves, the front does not
  'work left to the things behind': [
    ['With an ALB in front, every service would need its own JWT validation middleware.', ['alb-has-no-auth']],
    ['Behind the ALB, each pod has to check access tokens itself.', ['alb-has-no-auth']],
    ['The ALB can verify JWT bearer tokens itself on the listener.', []],
    ['Behind the ALB each service also validates the JWT itself, as defence in depth.', []],
    ['Unless you configure OIDC on the ALB listener, each pod has to check access tokens itself.', []],
  ],
  // a rule may ask for its cause anywhere in the sentence (withInSentence): "…, so we can skip the authorizer"
  'keys said to make the authorizer unnecessary': [
    [
      'Because every partner request must carry its own API key, the gateway rejects strangers, so we can skip the authorizer.',
      ['api-keys-secure-apis'],
    ],
    [
      'Partners authenticate with OAuth tokens and carry an API key for their usage plan, so we can skip a Lambda authorizer.',
      [],
    ],
    ['API keys only meter usage, so we cannot skip the authorizer.', []],
    ['We can skip the authorizer on the public health-check route.', []],
  ],
  // "wherever they are": the callers' location said not to matter
  'an edge-optimized endpoint said to be fastest wherever the callers are': [
    [
      'Our edge-optimized endpoint is the lowest-latency option for callers wherever they are.',
      ['edge-optimized-always-fastest'],
    ],
    ['For partners spread over many countries, edge-optimized gives the lowest latency wherever they are.', []],
  ],
  // "I'd go with …": a verb of choosing is said of the option it names, whatever was named before it
  'a choice is of the option it names': [
    ["Because API Gateway is serverless and the ALB isn't, I'd lean towards API Gateway.", ['serverless-means-better']],
    ["I'd pick API Gateway because it's serverless.", ['serverless-means-better']],
    ["I'd go with the ALB even though API Gateway is serverless.", []],
    // the traffic's shape is the real reason, not the slogan
    ["I'd pick API Gateway because it's serverless and our traffic is spiky, so idle hours cost nothing.", []],
  ],
  // "which is …", "the same …", "describe X as …": more ways to call one thing another
  'an identity through a relative pronoun, "the same", or a verb of naming': [
    [
      'We would adopt the HTTP API flavour, which is really the REST API with a smaller bill.',
      ['http-api-is-cheaper-rest'],
    ],
    ['An HTTP API is the same REST API for a third of the money.', ['http-api-is-cheaper-rest']],
    [
      'The team describes the HTTP API as REST for a third of the money, and they are right.',
      ['http-api-is-cheaper-rest'],
    ],
    ['An HTTP API is not the same REST API: it has no usage plans.', []],
    ['We would adopt the HTTP API, which is cheaper than the REST API but has no usage plans.', []],
  ],
  // "Nothing behind API Gateway can …": the place that restricts a negative quantifier is what the claim is about
  '"nothing on <thing> can …" denies it of that thing': [
    ['Nothing behind the REST API can run past 29 seconds, whatever we ask AWS for.', ['apigw-hard-29s-timeout']],
    ['Nothing on the ALB side can authenticate callers.', ['alb-has-no-auth']],
    ['Nothing behind API Gateway needs to run past 29 seconds for this startup.', []],
    ['Nothing in our API Gateway setup runs past 29 seconds today.', []],
  ],
  // content: an NLB needed in the clause that names the REST API's VPC link is the REST API's need
  'a requirement stated of something else, next to the REST VPC link': [
    [
      "The new Region gets an NLB in front of its ALB, which the REST API's private integration depends on.",
      ['private-integration-needs-nlb'],
    ],
    ["The REST API's private integration goes straight to the internal ALB, with no NLB in front.", []],
    ['Legacy V1 VPC links for REST APIs needed an NLB in front of the ALB.', []],
    // naming the ALB elsewhere in the clause no longer excuses "only an NLB"; a VPC link that reaches an ALB does
    [
      'A REST VPC link can only point at an NLB, so the internal ALB sits behind one.',
      ['private-integration-needs-nlb'],
    ],
    ['A REST VPC link can only point at an NLB or an ALB.', []],
  ],
  // "…, no exceptions": a denial alone in its comma phrase is a tag on the clause before it
  'a denial alone after a comma tags the clause before': [
    ['REST APIs drop the connection at 29 seconds, no exceptions.', ['apigw-hard-29s-timeout']],
    ['HTTP APIs stop at 30 seconds, fixed, while REST APIs can be raised past 29.', []],
  ],
  // "That alone settles it": a demonstrative opening a clause stands for what was said just before
  'a demonstrative brings what was just said into its clause': [
    ['There are no servers to patch with the gateway. That alone settles it for us.', ['serverless-means-better']],
    ['No machines to look after: this tips it towards the gateway.', ['serverless-means-better']],
    ['API Gateway is serverless. That alone settles nothing about cost.', []],
    ['The ALB will front EKS later. That alone settles it for the ALB.', []],
  ],
  // "I'd go with the HTTP API. It's …": a sentence with no subject of its own is about the thing it names
  'a pronoun refers to a thing named only as an object': [
    [
      'We should start on the HTTP API. It offers the same features as a REST API for less money.',
      ['http-api-is-cheaper-rest'],
    ],
    ['Traffic enters through the REST API. It has usage plans and API keys for the partners.', []],
  ],
  // an attribute marked `namedByIdentity`: a copula calls the subject one of the attribute's objects
  'a copula that calls one thing another': [
    ['An HTTP API is basically a REST API at half the cost.', ['http-api-is-cheaper-rest']],
    ['The HTTP API is just the REST API with a smaller price tag.', ['http-api-is-cheaper-rest']],
    ['The HTTP API is not the REST API with a discount; it lacks usage plans.', []],
    ['The HTTP API is cheaper than the REST API but lacks usage plans.', []],
    // a feature named as missing contradicts "the same features"
    ['An HTTP API is a REST API for most purposes, but it lacks usage plans and WAF.', []],
    ['The HTTP API is the REST API with fewer features and a lower price.', []],
  ],
  // "on its own", "by itself": a restriction to the thing itself qualifies nothing the base says it does itself
  'a restriction to the thing itself is no setup it needs': [
    ['A load balancer cannot authenticate anyone by itself, so each service checks logins.', ['alb-has-no-auth']],
    ['Out of the box the ALB cannot authenticate anyone until you add an authenticate-oidc action.', []],
  ],
  // "API keys are how we …": the means of what someone does is the subject's claim, not another actor's
  '"<X> is how we <do something>" says X does it': [
    ['API keys are how we lock down the partner API.', ['api-keys-secure-apis']],
    ['An API key is what keeps outsiders out of the partner API.', ['api-keys-secure-apis']],
    ['API keys are how we meter partners, while Cognito tokens are how we authenticate them.', []],
  ],
  // "HTTP APIs are …: same features, …": a fragment after a colon elaborates on the subject before it
  'a fragment after a colon elaborates on the subject before it': [
    ['HTTP APIs are what most teams pick now: same feature set, lower bill.', ['http-api-is-cheaper-rest']],
    ['HTTP APIs lack a few things: WAF, usage plans and caching.', []],
  ],
  // "past 29 seconds", "beyond 29 seconds": a word of exceeding before a duration is the timeout going further
  'a word of exceeding before a duration': [
    ['A REST API can never hold a request open past 29 seconds.', ['apigw-hard-29s-timeout']],
    ['The REST API will not keep a request beyond 29 seconds, whatever the quota says.', ['apigw-hard-29s-timeout']],
    ['The REST API timeout can be raised beyond 29 seconds for Regional APIs.', []],
    ['HTTP APIs can never run past 30 seconds.', []],
    ['In the past, API Gateway cut every request at 29 seconds.', []],
  ],
  // "… however it's configured", "whatever the settings": a free choice whose subject is the thing itself
  'a free-choice phrase about the thing itself': [
    ['The gateway times out every request at 29 seconds however it is configured.', ['apigw-hard-29s-timeout']],
    ['HTTP APIs time out at 30 seconds however the route is configured.', []],
  ],
  // "forwards exactly what it receives": what is passed on unchanged is not rewritten
  'forwarding what arrives unchanged': [
    [
      'The ALB forwards exactly what it receives, so the /v1 prefix has to be stripped in the service.',
      ['alb-cannot-rewrite'],
    ],
    ['An ALB rewrite transform can strip the /v1 prefix before the request reaches the service.', []],
    ['mTLS on the ALB runs in passthrough or verify mode.', []],
  ],
  // "a gateway-only feature", "purely an API Gateway thing", "X is the only one that …": one thing singled out
  'a thing singled out by a compound or its predicate': [
    ['URL rewriting is a gateway-only feature.', ['alb-cannot-rewrite']],
    ['Rewriting paths is purely an API Gateway thing.', ['alb-cannot-rewrite']],
    ['API Gateway is the only one of the two that can rewrite the URL.', ['alb-cannot-rewrite']],
    ['Request body validation is a gateway-only feature.', []],
    ['API Gateway is the only option we priced, and it can rewrite URLs.', []],
  ],
  // synonyms in the knowledge base: "the natural pick" is "the natural choice"
  'a word stands for its synonyms inside a phrase': [
    ['API Gateway is the natural pick because it is serverless.', ['serverless-means-better']],
    ['API Gateway is the natural pick for partners because of usage plans and API keys.', []],
  ],
  // "API Gateway can reach services inside the VPC": the place is what is reached, not the subject's
  'a place named after what the subject reaches': [
    ['API Gateway can reach services inside the VPC through a VPC link to an internal ALB.', []],
  ],
  // "comes out under the ALB", "stays below what an ALB would cost": ways to be cheaper; what follows is the standard
  'coming out under a standard': [
    [
      'With per-request billing, API Gateway comes out under the ALB at any volume we could reach.',
      ['pay-per-use-is-cheaper'],
    ],
    [
      'Whatever volume we reach, the per-request bill stays below what an ALB would cost us.',
      ['pay-per-use-is-cheaper'],
    ],
    ['At our launch volume, the API Gateway bill stays below what an ALB would cost us.', []],
  ],
  // "cut it at 29 seconds": a timeout's verb around its object
  'a timeout cut around its object': [
    [
      'The nightly call runs for two minutes; API Gateway would cut it at 29 seconds whatever we asked AWS for.',
      ['apigw-hard-29s-timeout'],
    ],
    ['API Gateway will kill the request at 29 seconds by default, and we can raise it.', []],
  ],
  // "the ALB just drops the WebSocket upgrade": an upgrade refused at the door is no support
  'a WebSocket upgrade dropped at the door': [
    [
      'Live notifications force API Gateway, given that an ALB just drops the WebSocket upgrade.',
      ['alb-no-websockets'],
    ],
    ['Our WAF rule blocks WebSocket upgrades from unknown origins on the ALB.', []],
    ['The ALB drops WebSocket connections after the idle timeout.', []],
  ],
  // "nothing but the path": this "but" means "except" and opens no clause of its own
  '"nothing but" restricts, it does not contrast': [
    ['The ALB routes on nothing but the URL path.', ['alb-routes-only-on-path']],
    ["The ALB's rules see nothing but the URL path.", ['alb-routes-only-on-path']],
    ['The ALB matches on everything but the request body, so host and header rules are fine.', []],
  ],
  // "Our CTO's view is that …": someone else's view reports what follows; the writer's own does not
  "someone else's view is a report": [
    ["Our CTO's view is that serverless is automatically better, but I'd rather compare the two on cost.", []],
    ["The team's position is that API Gateway is better because it's serverless.", []],
    ['My view is that serverless is automatically better.', ['serverless-means-better']],
    ['Our view is that serverless is automatically better.', ['serverless-means-better']],
  ],
  // "per request, the bill": a phrase of the content never runs across a comma
  'a phrase never runs across a comma': [
    ["Since we pay per request, the bill is the ALB's cost centre's problem.", []],
  ],
};

// …while a place said of the subject is still its own, and judged
describe('a place said of the subject', () => {
  it('is an error when the base says otherwise', async () => {
    const r = await gradeReal('apigw-vs-alb', 'API Gateway runs inside the VPC, next to the services.');
    expect(r.errors.map((e) => e.claim)).toEqual(['API Gateway: lives in your VPC subnets']);
  });
});

// "keeps anyone without a key out": a verb and its particle around the object
describeTrapRows('partner-rate-limiting', {
  // "On the HTTP API, the WAF rule gets associated with the stage": a leading topic is what the sentence is about
  'a leading topic is the subject of what follows': [
    ['On the HTTP API, the WAF rule gets associated with the stage.', ['waf-on-http-api']],
    ['On the REST API, the WAF rule gets associated with the stage.', []],
    // …and so is the thing a leading clause puts the writer on ("Once we're on the HTTP API, …")
    ["Once we're on the HTTP API, the WAF rule moves over with a single association.", ['waf-on-http-api']],
    ["Once we're on the REST API, the WAF rule moves over with a single association.", []],
  ],
  // "…, so we don't need S3": a denial in a consequence is the plan the claim leads to, not an exception to it
  'a denial in a consequence does not excuse the claim': [
    [
      "Partners can POST batch files up to 10 MB straight through API Gateway to the ingest Lambda, so we don't need S3 for uploads.",
      ['apigw-10mb-to-lambda'],
    ],
    ['API Gateway accepts 10 MB, but a Lambda integration does not get more than 6 MB, so large files go to S3.', []],
    [
      "At 200 partners, a host rule and a certificate per partner on one ALB goes past the defaults, so we'd shard across ALBs.",
      [],
    ],
  ],
  // "Every partner gets an API key, so the API is locked down": the API secured, in a sentence that names the keys
  // as its only means
  'an API secured in a sentence whose only means are API keys': [
    ['Every partner gets an API key, so the API is locked down.', ['api-keys-secure-apis']],
    ['With an API key on every route, the partner API is secured.', ['api-keys-secure-apis']],
    ['API keys meter partners; the API is secured by a Cognito authorizer.', []],
    ['Requiring an API key is fine for metering; securing the API still needs a real authorizer.', []],
    ['API Gateway has authentication, throttling, caching and API keys.', []],
  ],
  // "REST API (not HTTP API: no usage plans, no WAF there)": what follows the colon is the denied thing's
  'a colon after a denied thing alone': [
    ['REST API (not HTTP API: no usage plans, no WAF there), one usage plan per tier.', []],
    ['Front door: REST API (not HTTP API: we need usage plans and WAF on the stage).', []],
  ],
  // "It's not just a cheaper REST API, it doesn't have …": the pronoun that opens the next clause is the subject's,
  // not its predicate noun's ("its" typed for "it's" too); "It's a myth that an ALB …, it …" is the ALB's
  'a pronoun after a comma splice refers to the subject, not the predicate noun': [
    ["HTTP APIs are cheap. It's not just a cheaper REST API, it doesn't have usage plans or API keys.", []],
    ['Why not an HTTP API to save money? its not just a cheaper REST API, it lacks usage plans.', []],
    ["It's a myth that an HTTP API has usage plans, it doesn't have them.", []],
  ],
  'a verb and its particle around their object': [
    ['API keys keep anyone without a key out of the API.', ['api-keys-secure-apis']],
    ['WAF rules keep most bots out of the API.', []],
    ['For abuse I would add WAF rate rules rather than trust API keys to keep anyone out.', []],
    ["Usage plans keep one noisy partner out of everyone else's quota.", []],
    ['API keys lock the partner API down.', ['api-keys-secure-apis']],
    ['We lock the deploy pipeline down with IAM.', []],
  ],
  // "API keys are our authentication layer": a possessive after a copula is the predicate's, not someone acting
  'a possessive after a copula': [
    ['API keys are our authentication layer.', ['api-keys-secure-apis']],
    ['API keys are our metering tool, not our authentication.', []],
  ],
});

describeTrapRows('apigw-vs-alb', FORMS);

// "an Aurora snapshot", "a DynamoDB backup": a copy of a thing is another thing, so nothing is said of the thing
describe('a copy named after what it was taken from', () => {
  it.each([
    ['AWS Backup copies an Aurora snapshot to us-west-2 with a cross-Region copy rule.', 'aurora'],
    ['A nightly DynamoDB backup gets copied into the other Region.', 'dynamodb'],
  ])('%s says nothing of %s', async (sentence, entity) => {
    const r = await gradeReal('multi-region-dr', sentence);
    expect(r.claims.filter((c) => c.entity === entity)).toEqual([]);
  });
});

// "Switching to an HTTP API would lose usage plans": a sentence whose subject is moving to a thing is about that thing
describe('moving to a thing', () => {
  it.each([
    ['Switching to an HTTP API would lose usage plans, so we stay on REST.', 'apigw-http', false],
    ['Moving the partner API to an HTTP API would mean no usage plans.', 'apigw-http', false],
  ])('%s → %s', async (sentence, entity, holds) => {
    const r = await gradeReal('partner-rate-limiting', sentence);
    expect(r.claims.filter((c) => c.attribute === 'usage-plans')).toEqual([
      expect.objectContaining({ entity, holds, correct: true }),
    ]);
  });
});
