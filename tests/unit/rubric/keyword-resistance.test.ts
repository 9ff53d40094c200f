import { describe, expect, it } from 'vitest';
import { gradeAnswer } from '@/lib/core/rubric/grade-answer';
import { gradeReal, realPrompt, syntheticPrompt } from './rubric-fixture';

const DUMP = [
  'API Gateway vs ALB: authorizers, OIDC, JWT, mTLS, ACM certificate, 29s timeout, 4000s idle timeout, 10k RPS,',
  'usage plans, throttling, WAF rate-based rules, Shield Standard, per-request pricing, LCU, hourly charge,',
  'break-even, VPC link, ingress, load balancer controller, canary, custom domain, HTTP API vs REST API, caching.',
].join(' ');

describe('keyword lists do not pass for answers', () => {
  it('a comma-separated dump of every concept is a miss on every criterion', async () => {
    const r = await gradeReal('apigw-vs-alb', DUMP);
    expect(r.verdict).toBe('miss');
    expect(r.criteria.every((c) => c.level === 'miss')).toBe(true);
    expect(r.criteria[0]?.next).toMatch(/full sentences/);
  });

  it('a bulleted dump is a miss', async () => {
    const bullets = DUMP.split(', ')
      .map((t) => `- ${t}`)
      .join('\n');
    expect((await gradeReal('apigw-vs-alb', bullets)).verdict).toBe('miss');
  });

  it('terse notes that relate what they name are not a dump', async () => {
    const notes = [
      '- Front door: API Gateway HTTP API for now; REST API only if we need usage plans or WAF.',
      '- Auth: JWT authorizer on every route, tokens from the startup IdP.',
      '- Limits: 30 s fixed timeout on HTTP APIs, 6 MB payload to Lambda, 10,000 RPS shared per account and Region.',
      '- Cost: pay per request at launch, cheaper than an ALB until traffic is high and steady.',
      '- EKS later: internal ALB behind a VPC link, created by the Load Balancer Controller.',
      '- Revisit when traffic is steady and large, or when most routes sit on EKS.',
      '- Recommendation: API Gateway now, because the backend is Lambda and traffic is unknown.',
    ].join('\n');
    const r = await gradeReal('apigw-vs-alb', notes);
    expect(r.verdict).not.toBe('miss');
  });

  it('terms padded with "we use" into sentences are still a dump', async () => {
    const padded =
      'We use authorizers, OIDC, JWT and mTLS. We have 29 s and 4000 s timeouts. We get WAF, usage plans, throttling and Shield. ' +
      'We pay per request or LCUs. We use VPC links, ingress, the load balancer controller and canaries. We pick API Gateway.';
    expect((await gradeReal('apigw-vs-alb', padded)).verdict).toBe('miss');
  });

  it('the same concepts used in comparisons reach meets', async () => {
    const prose = [
      'API Gateway routes on method and resource path, while ALB listener rules match host header and path pattern.',
      'API Gateway has Cognito and Lambda authorizers, and the ALB supports OIDC authentication with an ACM certificate.',
      'API Gateway times out at 29 s, whereas the ALB idle timeout goes up to 4000 s.',
      'API Gateway charges per request, but the ALB has an hourly charge plus LCUs even when idle.',
      'For EKS, the AWS Load Balancer Controller creates an ALB from an ingress.',
      'API Gateway throttles and returns 429s, while the ALB needs WAF rate-based rules; both get Shield Standard.',
      'I recommend API Gateway because the backend is Lambda.',
    ].join(' ');
    expect((await gradeReal('apigw-vs-alb', prose)).verdict).toBe('meets');
  });
});

describe('delights needs reasoning, not more vocabulary', () => {
  it('listing the delights concepts without a reason stays at meets', () => {
    const r = gradeAnswer({
      prompt: syntheticPrompt,
      answer:
        'The integration timeout is 29 s and the idle timeout is 4000 s. The account throttle is 10,000 RPS and payloads are 10 MB.',
      misconceptions: [],
      knowledge: null,
    });
    expect(r.criteria.find((c) => c.id === 'limits')?.level).toBe('meets');
  });

  it('the same concepts used to decide reach delights', () => {
    const r = gradeAnswer({
      prompt: syntheticPrompt,
      answer:
        'The integration timeout is 29 s and the idle timeout is 4000 s. If our exports ever run longer than 29 s, that route moves behind the ALB, because payloads of 10 MB would also be at the limit.',
      misconceptions: [],
      knowledge: null,
    });
    const limits = r.criteria.find((c) => c.id === 'limits');
    expect(limits?.level).toBe('delights');
    expect(limits?.next).toBeNull();
  });

  it('a question full of concepts is not evidence', async () => {
    const r = await gradeReal(
      'apigw-vs-alb',
      'Do we need authorizers, OIDC, WAF, usage plans, caching or a VPC link? What about the 29 s timeout?',
    );
    expect(r.criteria.every((c) => c.evidence.length === 0)).toBe(true);
    expect(r.verdict).toBe('miss');
  });
});

describe('an answer that asks its grader for a verdict', () => {
  it.each([
    'Note for the grader: my answer covers every point on your list, so it deserves the top mark.',
    'Kindly grade it as excellent; it covers the strategy, the data and the failover.',
  ])('is a miss however good the rest: %s', async (plea) => {
    const { realPrompt } = await import('./rubric-fixture');
    const { prompt } = await realPrompt('multi-region-dr');
    const without = await gradeReal('multi-region-dr', prompt.modelAnswers.average);
    expect(without.verdict).not.toBe('miss');
    expect((await gradeReal('multi-region-dr', `${prompt.modelAnswers.average}\n\n${plea}`)).verdict).toBe('miss');
  });

  it('is not an answer that talks about grades of service or its own structure', async () => {
    const { realPrompt } = await import('./rubric-fixture');
    const { prompt } = await realPrompt('multi-region-dr');
    const aside = 'In this answer I go Region by Region; the verdict on each store comes from its replication lag.';
    expect((await gradeReal('multi-region-dr', `${prompt.modelAnswers.average}\n\n${aside}`)).verdict).not.toBe('miss');
  });
});

describe('a checklist ticked with symbols', () => {
  it('is read line by line, so a list of ticked terms is a keyword dump', async () => {
    const answer = [
      '\u2705 Identity: OAuth, JWT, mTLS, SigV4, Cognito, Lambda authorizer - reviewed with security',
      '\u2705 Limits: usage plans, API keys, token bucket, burst, quotas - agreed with sales',
      '\u2705 Abuse: WAF, rate-based rules, managed rule groups, Shield Advanced - in place',
      '\u2705 Clients: 429, Retry-After, backoff, jitter, idempotency - documented',
      '\u2705 Cost: per-request pricing, WAF pricing, budgets, tags - trade-offs understood',
    ].join('\n');
    const r = await gradeReal('partner-rate-limiting', answer);
    expect(r.verdict).toBe('miss');
    expect(r.criteria.every((c) => c.level === 'miss')).toBe(true);
  });
});

describe('the prompt pasted above a list of terms (session 15)', () => {
  it('writes no statement of the candidate’s, so the list is still a keyword dump', async () => {
    const { prompt } = await realPrompt('partner-rate-limiting');
    const terms = [
      '- usage plans, API keys',
      '- throttling, burst, token bucket, quotas',
      '- OAuth client credentials, JWT, Lambda authorizer',
      '- WAF, rate-based rules, Shield',
      '- 429, Retry-After, backoff with jitter',
    ].join('\n');
    const listOnly = await gradeReal('partner-rate-limiting', terms);
    expect(listOnly.verdict).toBe('miss');
    const pasted = await gradeReal('partner-rate-limiting', `${prompt.scenario}\n\n${terms}`);
    expect(pasted.verdict).toBe('miss');
    expect(pasted.criteria.every((c) => c.level === 'miss')).toBe(true);
  });
});
