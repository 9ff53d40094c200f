/**
 * The claims layer (ADR 010): sentences read into claims, checked against the knowledge base.
 * Errors carry the fact's correction; traps are the base's named false claims; modality decides
 * what is judged at all.
 */
import { describe, expect, it } from 'vitest';
import { gradeReal } from './rubric-fixture';

const errorsOf = async (text: string) =>
  (await gradeReal('apigw-vs-alb', text)).errors.map((e) => `${e.entity}/${e.attribute}`);
const trapsOf = async (text: string) => (await gradeReal('apigw-vs-alb', text)).traps.map((t) => t.id);

describe('false claims become errors with corrections', () => {
  it.each([
    ['The ALB has Cognito and Lambda authorizers.', 'alb/authorizers'],
    ['API Gateway uses listener rules with host header conditions.', 'apigw/listener-rules'],
    ['The ALB has a 29-second integration timeout.', 'alb/timeout'],
    ['The ALB idle timeout maxes out at 60 seconds.', 'alb/timeout'],
    ['The REST integration timeout is 5 minutes.', 'apigw-rest/timeout'],
    ['On cost, the ALB is pay per request and costs nothing when idle.', 'alb/per-request-pricing'],
    ['The ALB throttles natively with 429s.', 'alb/native-throttling'],
    // session 12: the global database's cross-Region copy is asynchronous
    [
      'Our Aurora Global Database copies every write synchronously into the standby Region.',
      'aurora-global-database/sync-replication',
    ],
    // …has one writer, and a user pool lives in one Region
    [
      'Our Aurora Global Database is multi-writer, so each Region takes its own writes.',
      'aurora-global-database/multi-writer',
    ],
    [
      'The Cognito user pool is a global service, so nothing changes for partners in a failover.',
      'cognito-user-pool/global-service',
    ],
    // session 16: functions and APIs are Regional too, and "are global" says what "a global service" does
    [
      'Cognito user pools are global as well, so tokens keep validating in either Region.',
      'cognito-user-pool/global-service',
    ],
    ['Lambda functions are a global service, so there is nothing to deploy in the DR Region.', 'lambda/global-service'],
  ])('%s → %s', async (text, key) => {
    expect(await errorsOf(text)).toContain(key);
  });

  it('quotes the sentence and gives the fact and its sources', async () => {
    const r = await gradeReal('apigw-vs-alb', 'Intro. The ALB has a 29-second integration timeout.');
    expect(r.errors[0]?.evidence).toBe('The ALB has a 29-second integration timeout.');
    expect(r.errors[0]?.correction).toMatch(/4,000/);
    expect(r.errors[0]?.sources.length).toBeGreaterThan(0);
  });

  it.each([
    'The REST integration timeout is 29 seconds and the ALB idle timeout goes up to 4000 seconds.',
    'HTTP APIs have a hard 30-second timeout.',
    // what the base holds true of the entity named is no trap, though the trap's wider entity covers it
    'The HTTP type comes with a hard response-time cap of 30 seconds.',
    'WAF on an HTTP API is not supported.',
    'Out of the box the ALB cannot authenticate anyone until you add an authenticate-oidc action.',
    'The ALB in the secondary Region can invoke the Lambda in that Region.',
    'API Gateway reaches the internal ALB through a VPC link.',
    'Paying about $1 per million requests beats an ALB’s $16 monthly floor at low traffic.',
    'Later, an internal ALB behind a VPC link takes the routes that move to EKS.',
    'API Gateway has WAF.',
    // the object of a verb does not take the negation, and counts as one word of its reach
    'An ALB cannot call the Lambda functions in other accounts.',
    "The load balancer won't invoke a Lambda function in a different Region.",
    'The ALB verifies JWTs natively now.',
    'The ALB does URL rewriting with rule transforms, so no Lambda is needed for it.',
    // a restriction heading the clause covers all of it
    'Out of the box, the ALB cannot authenticate anyone, and it does not validate bodies either.',
    // a negation reaches every item of a list of attributes
    'An ALB cannot call the functions in another account or any other Region.',
    "Our load balancer won't invoke a function in a different account or a different Region.",
    // a false claim's exception makes it a different, true statement: no error either
    "The ALB doesn't do WebSockets, at least not with Lambda targets.",
    // under a negation "or" carries it to every item ("can't A or B or C")
    "The ALB can't inject arbitrary request headers or validate or transform bodies.",
    // an attribute named as one item of a list is no predicate of the items after it
    'The VPC link, the load balancer and the API must all be in the same account.',
    // an attribute that is a bare item of an enumeration is said of nothing before it
    'Deploy everything with Terraform in both Regions: API Gateway, Lambda, the EKS cluster, the ALB, the VPC link.',
    // …and an attribute joined to an entity by "and" is the next item, not its predicate
    'Ready in the second Region: the API with its own certificate, an EKS cluster, the internal ALB and VPC link, and the WAF rules.',
    // what a link or a front door targets is its object, not its subject
    'The VPC link in the second Region can target the internal ALB directly.',
    // a predicate belongs to the nearest attribute before it
    "HTTP APIs have no usage plans and no API keys, and WAF can't attach to an HTTP API.",
    // an attitude is no denial
    "I'm not worried about API Gateway throttling in the standby.",
    // a value chosen inside a setting's documented range is no claim about its default
    'We set the ALB idle timeout to 300 seconds for the report endpoint.',
    'We configured the HTTP API integration timeout to 10 seconds so a slow Lambda fails fast.',
    // "per API" is the throttle myth only next to a request rate: other quotas really are per API
    'An HTTP API allows 300 routes per API and 10 stages per API by default.',
    // authenticating to the backend is not authenticating callers
    'An HTTP API offers no backend auth by certificate.',
    'HTTP APIs lack backend authentication with certificates, which REST APIs have.',
    // within a Region Aurora's storage is written synchronously; across Regions the global database is asynchronous
    'Aurora writes synchronously to six storage copies across three Availability Zones.',
    'The Aurora Global Database secondary is fed asynchronously, usually under a second behind.',
    'DynamoDB global tables are multi-writer: every replica accepts writes, last writer wins.',
    'A Cognito user pool is Regional; multi-Region replication adds a replica pool in the other Region.',
  ])('no error in a true statement: %s', async (text) => {
    expect(await errorsOf(text)).toEqual([]);
    expect(await trapsOf(text)).toEqual([]);
  });
});

describe('traps are named false claims, in any wording, asserted in the candidate voice', () => {
  it.each([
    ["API Gateway, which is the better option because it's serverless, sits in front.", 'serverless-means-better'],
    [
      "People say API Gateway is better because it's serverless, and honestly they're right.",
      'serverless-means-better',
    ],
    ['Why put an ALB in front when it can not authenticate anyone?', 'alb-has-no-auth'],
    ['The ALB is just a load balancer. It has zero idea who the caller is.', 'alb-has-no-auth'],
    ["There is no way around API Gateway's 29-second ceiling.", 'apigw-hard-29s-timeout'],
    ['We will lock the API down with API keys.', 'api-keys-secure-apis'],
    // "it" after "but" is the clause's subject (the ALB), not the nearest noun (a host header)
    ['The ALB routes on a host header, but it can not do WebSockets.', 'alb-no-websockets'],
    // "the timeout on REST APIs": the entity after "on" owns the attribute before it
    ['The 29-second integration timeout on REST APIs is fixed for good.', 'apigw-hard-29s-timeout'],
    // a list of denials: each "no" denies its own item, and "just …" is affirmed
    ['- ALB: no authentication, no WebSocket support, just path-based forwarding.', 'alb-has-no-auth'],
    ['- ALB: no authentication, no WebSocket support, just path-based forwarding.', 'alb-no-websockets'],
    ['- ALB: no authentication, no WebSocket support, just path-based forwarding.', 'alb-routes-only-on-path'],
    // an exception ("Lambda", "payload") named in an earlier clause about something else does not excuse the claim
    ["Our Lambda functions sit behind the ALB today, but the ALB doesn't support WebSockets.", 'alb-no-websockets'],
    ['The ALB handles a large payload fine; however, it cannot rewrite the path.', 'alb-cannot-rewrite'],
    ["API Gateway's timeout is fixed for good (on REST APIs, that is).", 'apigw-hard-29s-timeout'],
    // an exception that names a thing ("HTTP APIs") counts only in the claim's clause, not the next one
    ['REST APIs have a fixed integration timeout, while HTTP APIs are cheaper.', 'apigw-hard-29s-timeout'],
    // denying that the ALB checks tokens denies that it authenticates
    ["Since the balancer can't check a token, we'd put the gateway in front.", 'alb-has-no-auth'],
    ['The ALB cannot verify the JWT, so API Gateway it is.', 'alb-has-no-auth'],
    // an entity inside an attribute's words ("need an NLB in front") is no subject for the next claim
    [
      'After the migration, the REST API will need an NLB in front, and since every API gets its own quota we keep adding APIs.',
      'apigw-limit-per-api',
    ],
    // paraphrased capability words a reader takes to mean the attribute
    ["An ALB won't log people in, so we need something else.", 'alb-has-no-auth'],
    ['The ALB does no URL rewriting at all.', 'alb-cannot-rewrite'],
    ['Pay-per-use pricing means API Gateway will always undercut an ALB.', 'pay-per-use-is-cheaper'],
    ['The HTTP API has identical capabilities to the REST API.', 'http-api-is-cheaper-rest'],
    ["The REST API's 29-second timeout is hard-coded.", 'apigw-hard-29s-timeout'],
    // an object past "and" belongs to another predicate, not to the claim before it
    ['Every API gets its own quota and sends its traffic to Lambda.', 'apigw-limit-per-api'],
    // a restriction after ", and it …" qualifies that predicate only
    ["The ALB won't sign people in, and it has no DDoS protection until someone buys Shield.", 'alb-has-no-auth'],
    // a "that" opening a clause refers back to its subject, as "it" would
    ["The REST API drops you at 29 seconds and that can't be lifted.", 'apigw-hard-29s-timeout'],
    // "X has no P unless you do Y": Y is asserted as required of X, as with "until"
    ['The ALB offers no DDoS protection unless you enable Shield on it.', 'alb-needs-shield-enabled'],
    ["Our HTTP API can't be protected by a firewall unless we put WAF on it.", 'waf-on-http-api'],
  ])('%s → %s', async (text, id) => {
    expect(await trapsOf(text)).toContain(id);
  });

  it.each([
    "Anyone telling you the ALB can't authenticate is working from an old mental model.",
    '"Serverless is better" is a slogan, not an argument.',
    "I don't buy the argument that API Gateway is better because it's serverless.",
    'If the ALB could not authenticate, we would need Cognito in the app.',
    'Could the ALB authenticate users on its own?',
    "HTTP APIs are cheaper per request than REST APIs, but they're missing caching, WAF and usage plans.",
    "The per-client API keys on the gateway don't authenticate anyone; they count usage against a plan.",
    'API Gateway gives us API keys, which identify clients, plus usage plans for the pricing tiers.',
    // exceptions in the claim's clause, a later one, its entity or the parenthesis it sits in still count
    "API Gateway's timeout is fixed for good (on HTTP APIs, that is).",
    'A private integration needs an NLB in front, but only with the legacy V1 link.',
    '**HTTP APIs**: the 30 s timeout is fixed.',
    // an "unless" after no denial, or opening the sentence, still imagines
    "We'd pick the HTTP API unless we need WAF on it.",
    'Unless we need WAF on it, the HTTP API is fine.',
  ])('not asserted, not flagged: %s', async (text) => {
    expect(await trapsOf(text)).toEqual([]);
  });
});

describe('what cannot be assessed is said, not silently missed', () => {
  it('names the language', async () => {
    const r = await gradeReal(
      'apigw-vs-alb',
      'Yo elegiría API Gateway para el lanzamiento, porque el tráfico será bajo y las funciones son Lambda; con el tiempo, cuando los servicios pasen a EKS, pondría un ALB interno detrás de un VPC link y revisaría la decisión si el tráfico se vuelve estable y alto.',
    );
    expect(r.unassessed?.reason).toBe('language');
    expect(r.verdict).toBe('miss');
    expect(r.traps).toEqual([]);
  });

  it('says when an answer is too short', async () => {
    expect((await gradeReal('apigw-vs-alb', 'Go with API Gateway.')).unassessed?.reason).toBe('too-short');
  });

  it('is null for an ordinary answer', async () => {
    const { prompt } = await import('./rubric-fixture').then((m) => m.realPrompt('apigw-vs-alb'));
    expect((await gradeReal('apigw-vs-alb', prompt.modelAnswers.great)).unassessed).toBeNull();
  });
});

describe('gaming does not pay, and the decision is judged', () => {
  it('earns nothing for the prompt pasted back', async () => {
    const { prompt } = await import('./rubric-fixture').then((m) => m.realPrompt('apigw-vs-alb'));
    const r = await gradeReal('apigw-vs-alb', `${prompt.scenario}\n\n${prompt.scenario}`);
    expect(r.verdict).toBe('miss');
  });

  it.each([
    "I'd lean towards API Gateway for the launch.",
    'So: API Gateway now, an internal ALB behind it later.',
    'Go with API Gateway.',
    'The front door should be API Gateway.',
    "I'd start on API Gateway with an HTTP API.",
  ])('recognises a recommendation in any phrasing: %s', async (sentence) => {
    const { prompt } = await import('./rubric-fixture').then((m) => m.realPrompt('apigw-vs-alb'));
    const body = prompt.modelAnswers.average
      .split('\n')
      .filter((l) => !/recommend/i.test(l))
      .join('\n');
    const without = await gradeReal('apigw-vs-alb', body);
    const withIt = await gradeReal('apigw-vs-alb', `${body}\n\n${sentence}`);
    expect(without.verdict).toBe('miss');
    expect(withIt.verdict).not.toBe('miss');
  });

  // the answer names the options and scores enough without a decision: only the decision is missing
  const NAMED = 'API Gateway and the ALB could both serve this API.';
  const withoutDecision = async () => {
    const { prompt } = await import('./rubric-fixture').then((m) => m.realPrompt('apigw-vs-alb'));
    return prompt.modelAnswers.average
      .split('\n')
      .filter((l) => !/recommend|i'd go|i would|choose|pick|→|->/i.test(l))
      .join('\n');
  };
  it.each([
    'Decision: API Gateway with an HTTP API, an internal ALB later.',
    '## Recommendation\n\nAPI Gateway with an HTTP API, an internal ALB later.',
    '- Lambda backend, unknown traffic → API Gateway with an HTTP API.',
  ])('reads a labelled decision: %s', async (decision) => {
    const body = await withoutDecision();
    const without = await gradeReal('apigw-vs-alb', `${body}\n\n${NAMED}`);
    const withIt = await gradeReal('apigw-vs-alb', `${body}\n\n${NAMED}\n\n${decision}`);
    expect(without.verdict).toBe('miss');
    expect(without.score).toBeGreaterThanOrEqual(35); // a miss for want of a decision, not for a low score
    expect(withIt.verdict).not.toBe('miss');
  });

  it('reads no decision into a chain of arrows that starts from no scenario fact', async () => {
    const body = await withoutDecision();
    const chain = await gradeReal(
      'apigw-vs-alb',
      `${body}\n\n${NAMED}\n\n- Client → API Gateway → VPC link → internal ALB → pods.`,
    );
    expect(chain.score).toBeGreaterThanOrEqual(35);
    expect(chain.verdict).toBe('miss');
  });

  it('requires a strategy on the DR prompt, whose scenario asks to choose one', async () => {
    const { prompt } = await import('./rubric-fixture').then((m) => m.realPrompt('multi-region-dr'));
    expect(prompt.concepts.some((c) => c.detect === 'decision')).toBe(true);
  });

  it('does not delight with a decision whose reasons ignore the scenario', async () => {
    const { prompt } = await import('./rubric-fixture').then((m) => m.realPrompt('apigw-vs-alb'));
    const great = prompt.modelAnswers.great.replace(/\*\*Recommendation\.\*\*[\s\S]*$/, '');
    const r = await gradeReal(
      'apigw-vs-alb',
      `${great}\n\nEven so, my recommendation is the ALB, because load balancers are the battle-tested industry standard and gateway products are a fad.`,
    );
    expect(r.verdict).not.toBe('delights');
  });
});

describe('claims that contradict each other', () => {
  it('are flagged with both sentences, once per thing said both ways', async () => {
    const r = await gradeReal(
      'apigw-vs-alb',
      'The ALB supports WebSockets on its listeners. Later on, we note the ALB does not support WebSockets at all. The ALB supports WebSockets again.',
    );
    expect(r.contradictions).toHaveLength(1);
    expect(r.contradictions[0]).toMatchObject({
      entity: 'alb',
      attribute: 'websockets',
      holds: 'The ALB supports WebSockets on its listeners.',
      denies: 'Later on, we note the ALB does not support WebSockets at all.',
    });
  });

  it('leave alone a service and its kind, and a denial with a restriction', async () => {
    const kinds = await gradeReal('apigw-vs-alb', 'API Gateway has usage plans. HTTP APIs do not have usage plans.');
    expect(kinds.contradictions).toEqual([]);
    const restricted = await gradeReal(
      'apigw-vs-alb',
      'The ALB authenticates users with OIDC. Out of the box the ALB can not authenticate anyone until you add an authenticate-oidc action.',
    );
    expect(restricted.contradictions).toEqual([]);
  });
});
