/**
 * Markdown tables are read cell by cell with their headers: a comparison written as a table is
 * judged on the same claims as the same comparison in prose, and evidence quotes the row.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/core/rubric/split-sentences';
import { gradeReal } from './rubric-fixture';

const COLUMNS = `Intro before the table.

| Feature | API Gateway | ALB |
|---|:---:|---|
| Authentication | Cognito, Lambda authorizers, IAM | OIDC and Cognito via listener rules |
| WebSockets | ✓ | ✗ |
| Integration timeout | 29 s by default, raisable | idle timeout up to 4000 s |

After the table.`;

const ROWS = `| Service | WebSockets | Native throttling |
| --- | --- | --- |
| API Gateway | yes | yes, per method |
| ALB | yes | no |`;

const claimsOf = async (text: string) =>
  (await gradeReal('apigw-vs-alb', text)).claims.map((c) => `${c.entity}/${c.attribute}/${String(c.holds)}`);

describe('tables', () => {
  it('split into one sentence per cell that quotes the row and reads with the headers; prose around stays', () => {
    const spans = splitSentences(COLUMNS);
    expect(spans[0]?.text).toBe('Intro before the table.');
    expect(spans[spans.length - 1]?.text).toBe('After the table.');
    const websockets = spans.filter((s) => s.text === '| WebSockets | ✓ | ✗ |');
    expect(websockets.map((s) => s.reading)).toEqual(['API Gateway: WebSockets.', 'ALB: no WebSockets.']);
    expect(spans.some((s) => s.text.startsWith('|---'))).toBe(false);
    for (const s of spans) expect(COLUMNS.slice(s.start, s.end)).toBe(s.text);
    // the header row is a heading, the blocks keep their order
    expect(spans[1]).toMatchObject({ heading: true });
    expect(spans.map((s) => s.block)).toEqual([...spans.map((s) => s.block)].sort((a, b) => a - b));
  });

  it('give each cell to its column’s service: a ✗ under the ALB denies the ALB, not the gateway', async () => {
    const claims = await claimsOf(COLUMNS);
    expect(claims).toContain('alb/websockets/false');
    expect(claims).not.toContain('apigw/websockets/false');
    expect(claims).toContain('alb/authentication/true');
    const graded = await gradeReal('apigw-vs-alb', COLUMNS);
    expect(graded.traps.map((t) => t.id)).toEqual(['alb-no-websockets']);
    expect(graded.traps[0]?.evidence).toBe('| WebSockets | ✓ | ✗ |');
    expect(graded.errors.map((e) => e.attribute)).not.toContain('oidc-action'); // "Authentication | Cognito" is no listener action
  });

  it('read a table whose rows are the services the same way', async () => {
    const claims = await claimsOf(ROWS);
    expect(claims).toContain('alb/native-throttling/false');
    expect(claims).toContain('alb/websockets/true');
    expect(claims).toContain('apigw/native-throttling/true');
    expect((await gradeReal('apigw-vs-alb', ROWS)).errors).toEqual([]);
  });

  it('read a cell that is a clause of its own as that clause, not as the value of its row', async () => {
    const DESIGN = `| Area | Choice | Reason |
| --- | --- | --- |
| Authentication | OAuth tokens checked by an authorizer | keys are labels for metering, never proof of identity |
| Metering | one API key per partner on a usage plan | API keys are identifiers, not credentials |`;
    const spans = splitSentences(DESIGN);
    expect(spans.map((s) => s.reading)).toContain('Reason: API keys are identifiers, not credentials.');
    const graded = await gradeReal('partner-rate-limiting', DESIGN);
    expect(graded.traps.map((t) => t.id)).not.toContain('api-keys-secure-apis');
  });

  it('leave text with pipes but no separator row alone', () => {
    const spans = splitSentences('Choose A | B | C later. Then decide.');
    expect(spans.map((s) => s.text)).toEqual(['Choose A | B | C later.', 'Then decide.']);
    expect(spans.every((s) => s.reading === undefined)).toBe(true);
  });
});

describe('tables with descriptive cells', () => {
  const TABLE = `| Concern | API Gateway | ALB |
|---|---|---|
| Caching | REST stage cache, TTL 300 s by default | None (use CloudFront) |
| Health checks | None (fail over with Route 53) | Built in |
| Validation / transforms | REST validators and mapping templates | URL and host rewrites; no body validation |`;

  it('read "None (…)" as the feature denied, and a cell under a compound header on its own', async () => {
    const claims = await claimsOf(TABLE);
    expect(claims).toContain('alb/caching/false');
    expect(claims).toContain('apigw/health-checks/false');
    expect(claims).toContain('alb/url-rewrite/true');
    expect(claims).not.toContain('alb/request-validation/true');
    expect((await gradeReal('apigw-vs-alb', TABLE)).errors).toEqual([]);
  });
});

describe('a bold lead', () => {
  it('is a heading when it names a topic, and a sentence (here, the decision) when it is one', async () => {
    const answer = `**Recommendation:**

**API Gateway (HTTP API) today.** The backend is a handful of Lambda functions and traffic is unknown, so per-request pricing fits and JWT authorizers cover auth without code. When EKS arrives, an internal ALB behind a VPC link takes the migrated routes. If sustained traffic reaches hundreds of millions of requests a month, I would revisit the ALB.`;
    const graded = await gradeReal('apigw-vs-alb', answer);
    const decision = graded.criteria.find((c) => c.evidence.some((e) => e.startsWith('**API Gateway (HTTP API) today.**')));
    expect(decision).toBeDefined();
  });
});
