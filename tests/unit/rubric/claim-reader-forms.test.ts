import { describeTrapRows, type TrapRow } from './rubric-fixture';

/**
 * Grammatical forms the claim reader understands (issue 12, session 9): each row's sentence was written
 * for this test, and each mechanism has rows that assert a trap and rows that must stay quiet.
 */
const FORMS: Record<string, TrapRow[]> = {
  // a question opened by a negated auxiliary expects "yes": it asserts its content, with the content's own polarity
  'a negative question is rhetorical': [
    ["Isn't it true that the ALB has no way to authenticate callers?", ['alb-has-no-auth']],
    ["Doesn't the load balancer lack any way to authenticate users?", ['alb-has-no-auth']],
    ["Wasn't the point that API keys secure the partner API?", ['api-keys-secure-apis']],
    ["Isn't it true that the ALB can authenticate callers with OIDC?", []],
    ['Can the ALB authenticate callers?', []],
    ['Does the ALB have no authentication at all?', []],
  ],
  // a table row quoted without its header: each "<label>: <value>" cell reads as under a column headed <label>
  'a lone table row whose cells name their columns': [
    ['Login for users | API Gateway: Cognito authorizers | ALB: nothing', ['alb-has-no-auth']],
    ['| Web sockets | ALB: no; API Gateway: the WebSocket API type |', ['alb-no-websockets']],
    ['Login for users | API Gateway: Cognito authorizers | ALB: OIDC listener action', []],
    ['Login for users | ALB: needs an OIDC provider', []],
  ],
  // what stands in front of something is placed there, not a feature of it
  'a thing "in front" is placed, not held': [
    ['Firewall | HTTP API: no (a CloudFront distribution with WAF in front)', []],
    ['The HTTP API sits behind CloudFront with WAF in front of it.', []],
    ['The REST API will need an NLB in front for its VPC link.', ['private-integration-needs-nlb']],
  ],
  // an attribute's objects (content: `objects`) are what it relates its subject to, never its subject
  'the object of an attribute is not its subject': [
    ['Our ALB can also hit the Lambda functions sitting in another account.', ['alb-lambda-cross-account']],
    ['Both the gateway and the ALB will call Lambda cross-account for us.', ['alb-lambda-cross-account']],
    [
      'The payments team runs an ALB whose target group lists Lambda functions from any account we own.',
      ['alb-lambda-cross-account'],
    ],
    ['The ALB can only invoke a Lambda function in its own account and Region.', []],
    [
      'We picked the HTTP API type, which has the same feature set as a REST API at a lower cost.',
      ['http-api-is-cheaper-rest'],
    ],
    ['The REST API has the same feature set as it had last year.', []],
  ],
  // a clause-opening "nor" / "neither" before its auxiliary denies the whole clause
  'an inverted negation denies its clause': [
    ['Nor is the HTTP API type the same product as a REST API at a lower price.', []],
    ['Neither does the ALB lack a way to authenticate users.', []],
  ],
  // a sentence whose subject is the act of naming ("Calling X …") talks about the claim, it does not make it
  'a sentence about calling something so': [
    ['Calling the HTTP API a budget version of REST ignores the missing usage plans.', []],
    ['Describing the ALB as unable to authenticate users ignores the OIDC action.', []],
    ['The HTTP API is the budget version of REST, so we lose nothing by choosing it.', ['http-api-is-cheaper-rest']],
  ],
  // "…; it can't, ALB targets …": a negation closed by a comma denies no entity named after it
  'a negation before a comma denies no entity after it': [
    [
      "Some think an ALB reaches Lambda in another Region; it can't, ALB Lambda targets stay in the same account and Region.",
      [],
    ],
  ],
  // content: "no limit" said of per-tenant rules or certificates on the ALB is the any-tenant-count myth
  'unbounded per-tenant rules (content: unbounded + tenants)': [
    [
      'A single ALB gives every customer a host rule of its own, and it keeps working indefinitely.',
      ['alb-host-routing-any-tenant-count'],
    ],
    [
      'Per-tenant certificates on the ALB have no upper limit, so onboarding stays a config change.',
      ['alb-host-routing-any-tenant-count'],
    ],
    ['Per-tenant rules on one ALB work until the rule quota, then we shard across several ALBs.', []],
    ['Lambda scales indefinitely, so traffic growth is no worry.', []],
  ],
  // content: the ALB's generated DNS name in other words
  "the ALB's generated name (content: default-dns-name)": [
    [
      "We'll attach an ACM certificate to the ALB's generated hostname and skip the domain for now.",
      ['alb-default-dns-https'],
    ],
    ["ACM won't issue a certificate for the ALB's generated hostname, so we need a domain.", []],
    ["A CNAME record points our domain at the ALB's DNS name, and the ACM certificate covers that domain.", []],
  ],
  // content `byDefault`: denying what holds with no setup, "out of the box" restates the denial
  'a restriction restates the denial of a default (content: byDefault)': [
    ['Out of the box the ALB gets no DDoS protection whatsoever.', ['alb-needs-shield-enabled']],
    ['Out of the box the ALB cannot authenticate anyone until you add an OIDC action.', []],
    ['The ALB has no DDoS protection beyond Shield Standard unless you buy Shield Advanced.', []],
  ],
  // a negation before "automatic" denies the attribute it follows
  'a denial after the attribute: "is not automatic"': [
    ["DDoS protection for the load balancer isn't automatic.", ['alb-needs-shield-enabled']],
    ['DDoS protection for the load balancer is automatic.', []],
  ],
  // content: enabling Shield said of nothing in particular is the same myth
  'enabling Shield with no entity named': [
    [
      'The first deployment step is to switch Shield on so the public endpoint is covered.',
      ['alb-needs-shield-enabled'],
    ],
    ['There is no need to switch Shield on: Shield Standard is automatic.', []],
    ['We may switch Shield Advanced on later for the cost protection.', []],
  ],
  // content `namedByUnit`: a size in MB is the payload even when no payload word is used
  'a number in its unit names the attribute (content: namedByUnit)': [
    ['Our Lambda function can be sent 10 MB straight from the client.', ['apigw-10mb-to-lambda']],
    ['Our Lambda function can be sent 6 MB straight from the client.', []],
    ['WAF rate-based rules count requests over windows of 1 to 10 minutes.', []],
    // read for traps only: a bare size is never judged as an error
    ['HTTP APIs bill each call in blocks of 512 KB.', []],
    // "non-Lambda backends" are not Lambda
    ['A 10 MB body is fine for non-Lambda backends such as HTTP integrations.', []],
  ],
  // refutation verbs: a claim "misapplied" or "conflated" is not the writer's
  'a claim said to be misapplied': [
    ['A 10 MB payload through API Gateway to the Lambda function is a number people misapply.', []],
  ],
  // an existential clause has no subject: the thing it locates ("on the ALB", "with an ALB") is what it is about
  'what a "there is" clause locates is its subject': [
    [
      "We won't put the ALB in front of partners, since there's nothing on it to authenticate callers.",
      ['alb-has-no-auth'],
    ],
    ['There is a way to authenticate users with an ALB: the OIDC action.', []],
  ],
  // "With an ALB, …": an entity alone in a leading prepositional phrase is the sentence's topic
  'a leading "With an ALB," names the topic': [
    ["With an ALB, there's no way to authenticate users.", ['alb-has-no-auth']],
    ['With an ALB, we authenticate users through the OIDC action.', []],
  ],
  // a restriction in another sub-clause does not qualify the denial ("directly …, since there's nothing …")
  "a restriction qualifies only its own sub-clause's denial": [
    ["We won't expose the ALB directly, since there's nothing on it to authenticate callers.", ['alb-has-no-auth']],
    ["There's nothing on the ALB to authenticate callers until you add an OIDC action.", []],
  ],
  // "only" that modifies the noun after it singles that noun out; it does not restrict the clause's claim
  '"only <entity>" and "the only <noun>" restrict the noun, not the claim': [
    // (session 10: what only API Gateway can do, the ALB cannot — the bank labels this form as the no-auth myth)
    ['On the DR side the ALB path would be open, because only API Gateway can check tokens.', ['alb-has-no-auth']],
    ['A support ticket is the only path to a pre-scaled load balancer.', ['alb-prewarm-needs-ticket']],
    ['The ALB only routes on the path.', ['alb-routes-only-on-path']],
    ['The serverless gateway wins for us.', ['serverless-means-better']],
  ],
  // a reason denied ("not because …") is not asserted
  'a reason denied with "not because"': [
    ["We put socket servers behind an NLB out of habit, not because the ALB can't handle WebSockets.", []],
    ["We put socket servers behind an NLB because the ALB can't handle WebSockets.", ['alb-no-websockets']],
  ],
  // a report the writer endorses from experience, or as still current, is asserted
  'a report endorsed from experience': [
    ["Colleagues say the ALB can't authenticate anyone, and that matches what I've seen.", ['alb-has-no-auth']],
    ["Colleagues say the ALB can't authenticate anyone, and that's still true.", ['alb-has-no-auth']],
    ["Colleagues say the ALB can't authenticate anyone, but that's outdated.", []],
  ],
  // "<entity> <attribute>: …" heads the sentence: the entity is its topic
  'an entity and attribute before a colon head the sentence': [
    ['REST API timeout: 29 s and not adjustable.', ['apigw-hard-29s-timeout']],
    ['REST API timeout: 29 s by default, adjustable on request.', []],
  ],
  // content: the timeout's fixedness and raisability in other words
  'a fixed or tunable timeout (content: timeout-raisable)': [
    ['The API Gateway timeout is 29 seconds with no exceptions.', ['apigw-hard-29s-timeout']],
    ['A Regional REST API timeout can be tuned past 29 seconds with a quota request.', []],
  ],
  // content: WebSockets and authentication in more words
  'WebSockets and authentication in other words (content)': [
    ["Chat needs API Gateway, since the load balancer won't do the upgrade handshake.", ['alb-no-websockets']],
    ['The load balancer completes the upgrade handshake and keeps the socket open.', []],
    ['The ALB has no identity integration, so every service checks users itself.', ['alb-has-no-auth']],
    ['The ALB has an identity integration through its OIDC listener action.', []],
  ],
  // what someone tried to do is not said to have worked
  'an attempt is not a claim': [
    ['Last year we tried to attach WAF to an HTTP API and had to put CloudFront in front.', []],
    ['Last year we attached WAF to an HTTP API and it worked.', ['waf-on-http-api']],
  ],
  // content: usage-based pricing and cheapness in more words
  'usage-based pricing said to be cheaper (content)': [
    ['Pay-as-you-go billing makes API Gateway the economical front door at any volume.', ['pay-per-use-is-cheaper']],
    ['Pay-as-you-go billing makes API Gateway the economical front door while traffic is low.', []],
  ],
  // content: tickets said to go down are tickets avoided, not a ticket the ALB needs (session 12)
  'fewer support tickets is no pre-warming ticket (content)': [
    ['A per-partner usage page means fewer support tickets for the platform team.', []],
    ['Before the launch someone must file a support ticket so the ALB gets pre-warmed.', ['alb-prewarm-needs-ticket']],
  ],
  // a question said not to be answered asks, and claims nothing (session 18)
  'a denied embedded question claims nothing': [
    ["Being serverless doesn't tell you which of the two wins for this API.", []],
    ['Serverless describes how you are billed, not which front door is the better option.', []],
    ['Serverless tells you which of the two wins: the gateway, every time.', ['serverless-means-better']],
    ["API Gateway is serverless, and that's what makes it the better option.", ['serverless-means-better']],
    // (the denial is the telling verb's own, not one across a comma)
    [
      'The team is not sure, but serverless tells you which of the two wins: the gateway, every time.',
      ['serverless-means-better'],
    ],
  ],
  // what held before a date is history, as "used to" is (session 18)
  'before a date': [
    ["Before 2024 a REST API's integration timeout couldn't be raised past 29 seconds.", []],
    ['Prior to June 2024 the REST API timeout was fixed at 29 seconds; now Regional APIs can ask for more.', []],
    ['The REST API timeout cannot be raised, before or after June 2024.', ['apigw-hard-29s-timeout']],
  ],
};

describeTrapRows('apigw-vs-alb', FORMS);
