import { describe, expect, it } from 'vitest';
import { normalizeText } from '@/lib/core/rubric/normalize-text';
import { splitSentences } from '@/lib/core/rubric/split-sentences';
import { stemWord } from '@/lib/core/rubric/stem-word';
import { conceptsIn, gradeReal } from './rubric-fixture';

describe('numbers and units are normalised before matching', () => {
  it.each([
    ['The REST timeout is 29s.', 'timeout-29'],
    ['The REST timeout is 29 seconds.', 'timeout-29'],
    ['It has a 29-second timeout.', 'timeout-29'],
    ['It gives up after 29 sec.', 'timeout-29'],
    ['The ALB idle timeout goes to 4,000 seconds.', 'idle-4000'],
    ['The ALB idle timeout goes to 4000s.', 'idle-4000'],
    ['Idle connections last up to 4000 s.', 'idle-4000'],
    ['The default throttle is 10k rps per Region.', 'throttle-10k'],
    ['The default throttle is 10,000 requests per second.', 'throttle-10k'],
    ['The default throttle is 10K TPS.', 'throttle-10k'],
    ['The account allows 10000 req/s.', 'throttle-10k'],
    ['Payloads can be 10MB.', 'payload'],
    ['Payloads can be 10 megabytes.', 'payload'],
    ['REST APIs support 15 minute streaming.', 'streaming'],
  ])('%s → %s', (sentence, concept) => {
    expect(conceptsIn(sentence)).toContain(concept);
  });

  it('reads "~30 s" as 30 s, not 29 s', async () => {
    const r = await gradeReal(
      'apigw-vs-alb',
      'An HTTP API gives up after ~30 s, while the ALB idle timeout is 4000 s.',
    );
    expect(r.criteria.find((c) => c.id === 'limits-and-timeouts')?.concepts).toEqual([
      'apigw-timeout',
      'alb-idle-timeout',
    ]);
  });

  it('does not confuse other numbers', () => {
    expect(conceptsIn('We run 29 services and 4000 users.')).toEqual([]);
    expect(conceptsIn('Route 53 and S3 are global.')).toEqual([]);
  });

  it('normalises the text the same way for answers and terms', () => {
    expect(normalizeText('4,000-second')).toBe(normalizeText('4000 s'));
    expect(normalizeText('10k RPS')).toBe('10000 rps');
    expect(normalizeText("can't")).toBe('can not');
  });
});

describe('spelling variants match the same concept', () => {
  it.each([
    ['WAF rate based rules cap each IP.', 'waf-rate'],
    ['A rate-based rule caps each IP.', 'waf-rate'],
    ['We use Lambda authorizers.', 'authorizers'],
    ['The ALB supports OIDC.', 'alb-oidc'],
    ['We cached the responses.', 'caching'],
    ['Caches help here.', 'caching'],
    ['We would reevaluate later.', 'reevaluate'],
    ['We would re-evaluate later.', 'reevaluate'],
    ['We would re evaluate later.', 'reevaluate'],
    ['We do blue-green deployments.', 'blue-green'],
    ['We do blue green deployments.', 'blue-green'],
    ["I'd choose API Gateway.", 'recommend'],
    ['I would choose API Gateway.', 'recommend'],
  ])('%s → %s', (sentence, concept) => {
    expect(conceptsIn(sentence)).toContain(concept);
  });

  it('matches an abbreviation written out in capitals ("Application Load Balancer" for "alb")', async () => {
    const r = await gradeReal('apigw-vs-alb', 'The Application Load Balancer cannot authenticate anyone.');
    expect(r.traps.map((t) => t.id)).toEqual(['alb-has-no-auth']);
  });

  it('stems inflections the same way', () => {
    for (const [a, b] of [
      ['authorizers', 'authorizer'],
      ['caching', 'cache'],
      ['throttled', 'throttle'],
      ['policies', 'policy'],
      ['routes', 'routing'],
      ['is', 'are'],
      ['authentication', 'authenticate'],
      ['replication', 'replicated'],
    ] as const) {
      expect(stemWord(a)).toBe(stemWord(b));
    }
  });

  it('finds real concepts in the real prompts by their aliases', async () => {
    const r = await gradeReal(
      'multi-region-dr',
      'Our recovery time objective is an hour and our recovery point objective is five minutes of orders.',
    );
    expect(r.criteria.find((c) => c.id === 'recovery-objectives')?.level).toBe('meets');
  });
});

describe('sentences are split after numbers with units and quoted verbatim', () => {
  it('ends a sentence after "29s."', () => {
    const text = 'API Gateway times out at 29s. The ALB idle timeout is 4,000 s. It is e.g. enough.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'API Gateway times out at 29s.',
      'The ALB idle timeout is 4,000 s.',
      'It is e.g. enough.',
    ]);
  });

  it('treats list items and headings as their own blocks', () => {
    const spans = splitSentences(
      '## Cost\n- API Gateway charges per request\n- the ALB charges by the hour\n\nDone here.',
    );
    expect(spans.map((s) => [s.text, s.listItem, s.heading])).toEqual([
      ['Cost', false, true],
      ['API Gateway charges per request', true, false],
      ['the ALB charges by the hour', true, false],
      ['Done here.', false, false],
    ]);
  });

  it('reads a line opened by a symbol used as a bullet as its own list item', () => {
    const spans = splitSentences(
      '\u2611 usage plans per tier\n\u2705\ufe0f WAF in front of the stage\n\u27a4 backoff on 429\n\u2192 ALB later',
    );
    expect(spans.map((s) => [s.text, s.listItem])).toEqual([
      ['usage plans per tier', true],
      ['WAF in front of the stage', true],
      ['backoff on 429', true],
      ['ALB later', true],
    ]);
  });

  it('keeps a wrapped line that starts with a word or a number as part of its paragraph', () => {
    const spans = splitSentences('The gateway throttles at\n10,000 rps per account and the ALB\nscales with LCUs.');
    expect(spans.map((s) => s.text)).toEqual([
      'The gateway throttles at\n10,000 rps per account and the ALB\nscales with LCUs.',
    ]);
  });

  it('returns exact substrings of the answer', () => {
    const answer = 'First line wraps\nonto a second line.  Then "quoted." Next one!\n\n* item (x).';
    for (const s of splitSentences(answer)) expect(answer.slice(s.start, s.end)).toBe(s.text);
  });
});
