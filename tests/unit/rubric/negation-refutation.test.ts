import { describe, expect, it } from 'vitest';
import { conceptsIn, gradeReal, realContent } from './rubric-fixture';

type Row = [sentence: string, asserted: string[]];

/** Asserted claims are flagged; negated, refuted, reported, hypothetical or questioned ones are not. */
const APIGW: Row[] = [
  // serverless-means-better
  ['API Gateway is serverless, so it is better.', ['serverless-means-better']],
  ["API Gateway is better because it's serverless.", ['serverless-means-better']],
  ['Serverless is better for us because we have no ops team.', ['serverless-means-better']],
  ["People say API Gateway is serverless, so it's better, but that isn't a reason on its own.", []],
  ['A common myth is that serverless is always better.', []],
  ['One myth first: API Gateway is serverless so it is better.', []],
  ["It's not true that serverless is better.", []],
  ["I don't buy that serverless is better by default.", []],
  ["You'll often hear that serverless is always better, which ignores cost at scale.", []],
  ['Some believe serverless is always better.', []],
  ['Being serverless does not mean API Gateway is better because it is serverless.', []],
  ['Is serverless better?', []],
  ['If serverless is always better, why does anyone run an ALB?', []],
  ['Serverless is better. That is a myth: both are managed.', []],
  // single-quoted claims are mentioned, not asserted; an apostrophe inside a word is no quote
  ["'It's pay-per-use, so it's cheaper' is a slogan; I'd run the numbers first.", []],
  ["The 'serverless always wins' framing is an old mental model.", []],
  ["It's serverless, so it's the better choice for the team's API.", ['serverless-means-better']],
  // beliefs others hold or the writer held once
  ['The console makes REST and HTTP APIs look alike, which is probably why people expect WAF on both.', []],
  ["I once assumed an ALB could call another account's function, but Lambda targets must be in the same account.", []],
  // a bracketed list right after a frame noun lists what it names, it doesn't assert it
  ["Common misconceptions (serverless = better, pay-per-use = cheaper, ALB can't authenticate) are avoided.", []],
  // an item counted off what the sentence before reported is reported too; one counted off nothing is asserted
  ['I want to clear away some arguments I hear. The first is that the gateway wins because it is serverless.', []],
  [
    'There are two things to weigh. The first is that the gateway wins because it is serverless.',
    ['serverless-means-better'],
  ],
  // alb-has-no-auth
  ["ALB can't authenticate users, so we need API Gateway.", ['alb-has-no-auth']],
  ['The ALB does not support authentication.', ['alb-has-no-auth']],
  ["It's not true that ALB can't authenticate.", []],
  ['A common myth is that the ALB cannot authenticate; it supports OIDC.', []],
  ["People say ALB can't authenticate, but it supports OIDC and Cognito.", []],
  ['The idea that an ALB cannot authenticate is outdated.', []],
  ["The newsletter claims the ALB doesn't support authentication — outdated.", []],
  ['Some believe the ALB has no authentication.', []],
  ["It's a misconception that ALB can't authenticate.", []],
  ["I'd never claim that the ALB can't authenticate.", []],
  ["The ALB can't authenticate — that used to be true, but now it supports OIDC.", []],
  ["ALB can't authenticate. At least that's what the newsletter says, and it's outdated.", []],
  ['Contrary to what the newsletter says about the ALB having no auth, it supports OIDC.', []],
  // other traps
  ['Pay-per-use is always cheaper than an ALB.', ['pay-per-use-is-cheaper']],
  ["Pay-per-use isn't always cheaper: at a steady 100 RPS the ALB wins.", []],
  ['The claim that pay-per-use is always cheaper falls apart at steady load.', []],
  ['We can secure the API with API keys.', ['api-keys-secure-apis']],
  ["Don't try to secure the API with API keys; they only identify callers.", []],
  ["We'll use a Lambda authorizer instead of API key authentication.", []],
  ['API Gateway has a hard 29-second timeout, so long reports need an ALB.', ['apigw-hard-29s-timeout']],
  ['Many posts say REST APIs have a hard 29 s timeout; that changed in 2024.', []],
  ['ALB only routes on path.', ['alb-routes-only-on-path']],
  ["It's wrong to say the ALB only routes on path: it matches host, header and query string.", []],
  ['You have to enable Shield for DDoS protection on the ALB.', ['alb-needs-shield-enabled']],
  ["You don't need to enable Shield for DDoS protection; Shield Standard is automatic.", []],
  ["Common myths:\n- ALB can't authenticate\n- Serverless is always better\n\nBoth are wrong.", []],
];

const PARTNER: Row[] = [
  ['We authenticate partners with API keys.', ['api-keys-secure-apis']],
  ['Some teams think API keys are enough; they only identify the caller.', []],
  ['API keys are enough to secure the API. That is what we did at my last job, and it was a mistake.', []],
  ['Each API gets its own 10,000 RPS, so a second API doubles our headroom.', ['apigw-limit-per-api']],
  ["It's a common misconception that each API gets its own 10,000 RPS.", []],
  ['The HTTP API is just a cheaper REST API.', ['http-api-is-cheaper-rest']],
  ['An HTTP API is not just a cheaper REST API: it has no usage plans.', []],
  ['We attach WAF to the HTTP API.', ['waf-on-http-api']],
  ['You cannot attach WAF to an HTTP API.', []],
  // a premise leading a question is asserted; what the question asks is not
  [
    'Since WAF sits happily on an HTTP API, why not put a rate-based rule there and skip usage plans?',
    ['waf-on-http-api'],
  ],
  ["Since WAF can't attach to an HTTP API, why not use REST?", []],
];

const DR: Row[] = [
  ['The ALB can invoke Lambda in another Region, so we deploy the functions once.', ['alb-lambda-cross-account']],
  ['People sometimes think an ALB can invoke Lambda in another Region; it cannot.', []],
  ['Could the ALB call Lambda in another Region?', []],
  ['Serverless is always cheaper, so the standby should be all Lambda.', ['pay-per-use-is-cheaper']],
  ['Some people assume pay-per-use is always cheaper, but idle EKS capacity is the real cost.', []],
];

describe.each([
  ['apigw-vs-alb', APIGW],
  ['partner-rate-limiting', PARTNER],
  ['multi-region-dr', DR],
] as const)('traps in %s', (promptId, rows) => {
  it.each(rows)('%s → %j', async (sentence, asserted) => {
    const r = await gradeReal(promptId, sentence);
    expect(r.traps.map((t) => t.id).sort()).toEqual([...asserted].sort());
  });
});

/** Paraphrases written after the cue lists were last edited, and near misses that must stay quiet. */
const HELD_OUT: [string, string, string[]][] = [
  ['apigw-vs-alb', 'Application Load Balancers simply cannot authenticate users.', ['alb-has-no-auth']],
  ['apigw-vs-alb', 'Honestly the ALB has no auth features at all.', ['alb-has-no-auth']],
  ['apigw-vs-alb', 'Going serverless is always better for startups.', ['serverless-means-better']],
  ['apigw-vs-alb', 'API Gateway is always cheaper for a startup.', ['pay-per-use-is-cheaper']],
  ['apigw-vs-alb', 'Requiring an API key secures the API well enough.', ['api-keys-secure-apis']],
  ['apigw-vs-alb', "There's a hard limit of 29 seconds on every API Gateway request.", ['apigw-hard-29s-timeout']],
  ['apigw-vs-alb', 'The ALB can only route based on path.', ['alb-routes-only-on-path']],
  ['partner-rate-limiting', 'An API key is enough to authenticate a partner.', ['api-keys-secure-apis']],
  ['partner-rate-limiting', 'HTTP APIs have the same features as REST, just cheaper.', ['http-api-is-cheaper-rest']],
  ['multi-region-dr', 'Pay-per-use is always cheaper, so the standby costs nothing.', ['pay-per-use-is-cheaper']],
  // a negation reaches where its object lives; what a thing comes without, it lacks
  ['apigw-vs-alb', "An ALB can't call a Lambda function that lives in another account.", []],
  ['apigw-vs-alb', 'An ALB can call a Lambda function that lives in another account.', ['alb-lambda-cross-account']],
  ['apigw-vs-alb', 'HTTP APIs cost less per call than REST APIs, but they come without WAF or caching.', []],
  // what follows a comparison is what it is compared with, not its subject
  [
    'apigw-vs-alb',
    'Per-request pricing always beats paying for a load balancer by the hour.',
    ['pay-per-use-is-cheaper'],
  ],
  ['apigw-vs-alb', 'At steady load the ALB beats API Gateway on price.', []],
  // what a comparison is against, or the rate it is measured in, is no reason given for the claim
  ['apigw-vs-alb', 'At a big steady load the hourly ALB becomes cheaper than paying per request.', []],
  ['partner-rate-limiting', 'The HTTP flavour is cheaper per million requests, but it has no usage plans.', []],
  [
    'apigw-vs-alb',
    'The usual argument is that API Gateway is better because it is serverless; it is not an argument.',
    [],
  ],
  ['apigw-vs-alb', "The newsletter's line that the ALB can't authenticate is years out of date.", []],
  ['apigw-vs-alb', "Before 2018 the ALB couldn't authenticate, but it can now.", []],
  ['apigw-vs-alb', 'I used to think serverless is always better.', []],
  ['apigw-vs-alb', 'Nobody should claim serverless is better without numbers.', []],
  ['apigw-vs-alb', 'Is pay-per-use always cheaper? Not at 100 RPS.', []],
  ['apigw-vs-alb', 'Avoid the trap of saying the ALB only routes on path.', []],
  ['apigw-vs-alb', "Candidates often say API keys secure the API; they don't.", []],
  ['apigw-vs-alb', "We shouldn't secure the API with API keys alone.", []],
  ['apigw-vs-alb', 'Whether the 29 s timeout is a hard limit depends on the API type.', []],
  ['partner-rate-limiting', 'Treating the HTTP API as just a cheaper REST API would be a mistake here.', []],
  ['partner-rate-limiting', 'A classic mistake is assuming each API gets its own 10,000 RPS.', []],
  ['partner-rate-limiting', 'If we attached WAF to an HTTP API it would fail, so REST it is.', []],
  ['multi-region-dr', "Don't assume the ALB can invoke Lambda in another Region.", []],
  ['multi-region-dr', "It would be convenient if the ALB could invoke Lambda in another Region, but it can't.", []],
];

describe('held-out paraphrases and near misses', () => {
  it.each(HELD_OUT)('%s: %s → %j', async (promptId, sentence, asserted) => {
    const r = await gradeReal(promptId, sentence);
    expect(r.traps.map((t) => t.id)).toEqual(asserted);
  });
});

describe('traps against the content itself', () => {
  it('flags every misconception claim under each prompt that lists it as a trap', async () => {
    const content = await realContent();
    for (const prompt of content.prompts) {
      for (const trap of prompt.traps) {
        const m = content.misconceptions.find((x) => x.id === trap.misconception);
        if (m === undefined) throw new Error(`unknown misconception ${trap.misconception}`);
        const r = await gradeReal(prompt.id, m.claim);
        expect(
          r.traps.map((t) => t.id),
          `${prompt.id}: ${m.claim}`,
        ).toContain(m.id);
      }
    }
  });

  it('flags nothing in the corrections and comparison texts (they state the facts)', async () => {
    const content = await realContent();
    const texts = [
      ...content.misconceptions.map((m) => m.correction),
      ...content.comparisons.flatMap((c) => c.dimensions.flatMap((d) => [d.a, d.b, d.nuance])),
    ];
    for (const prompt of content.prompts) {
      for (const text of texts) expect((await gradeReal(prompt.id, text)).traps, `${prompt.id}: ${text}`).toEqual([]);
    }
  });
});

describe('trap findings', () => {
  it('quote the asserting sentence and carry the correction', async () => {
    const r = await gradeReal('apigw-vs-alb', "Intro. The ALB can't authenticate users.");
    expect(r.traps).toHaveLength(1);
    expect(r.traps[0]?.evidence).toBe("The ALB can't authenticate users.");
    expect(r.traps[0]?.correction).toMatch(/authenticate-oidc/);
  });

  it('cost a level each: one trap takes delights to meets and meets to miss, two take anything to miss', async () => {
    const { prompt } = await import('./rubric-fixture').then((m) => m.realPrompt('apigw-vs-alb'));
    const { great, average } = prompt.modelAnswers;
    const myth = '\n\nAlso, pay-per-use is always cheaper.';
    expect((await gradeReal('apigw-vs-alb', great)).verdict).toBe('delights');
    expect((await gradeReal('apigw-vs-alb', `${great}${myth}`)).verdict).toBe('meets');
    expect((await gradeReal('apigw-vs-alb', average)).verdict).toBe('meets');
    expect((await gradeReal('apigw-vs-alb', `${average}${myth}`)).verdict).toBe('miss');
    const twoTraps = await gradeReal('apigw-vs-alb', `${great}${myth} And the ALB only routes on path.`);
    expect(twoTraps.verdict).toBe('miss');
  });
});

describe('concepts mentioned only negatively are not evidence', () => {
  it.each([
    ["We won't discuss caching.", []],
    ['I am not going to cover WAF or caching here.', []],
    ['Caching is out of scope for this answer.', []],
    ['I do not know much about OIDC.', []],
    ['We use caching for the catalogue.', ['caching']],
    ['Without caching, every request hits Lambda; with a cache, most do not.', ['caching']],
    ['Do we need caching?', []],
  ] as [string, string[]][])('%s → %j', (sentence, concepts) => {
    expect(conceptsIn(sentence)).toEqual(concepts);
  });
});
