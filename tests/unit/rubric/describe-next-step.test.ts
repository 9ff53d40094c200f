/** Issue 15: the next-step advice is written for learners ("one of these: A, B or C", never "Bring in 1 more of:"). */
import { describe, expect, it } from 'vitest';
import { countInWords } from '@/lib/core/count-in-words';
import { formatCount } from '@/lib/core/format-count';
import { formatList } from '@/lib/core/format-list';
import { describeNextStep } from '@/lib/core/rubric/describe-next-step';
import type { NextStepInput } from '@/lib/core/rubric/types';

const LABELS: Record<string, string> = {
  authz: 'API Gateway authorizers',
  oidc: 'ALB OIDC',
  tls: 'TLS certificates',
  mtls: 'mutual TLS',
  keys: 'API keys identify callers',
};
const compiled = {
  concepts: new Map(Object.entries(LABELS).map(([id, label]) => [id, { label }])),
  prompt: { scenario: 'Pick a front door.' },
} as unknown as NextStepInput['compiled'];
const criterion = {
  id: 'security',
  title: 'Security and authentication',
  meets: { description: 'Names the authentication options on both sides.', concepts: ['authz', 'oidc', 'tls'], min: 2 },
  delights: { description: 'Knows mutual TLS and what API keys are for.', concepts: ['mtls', 'keys'], min: 1 },
} as unknown as NextStepInput['criterion'];

const input = (over: Partial<NextStepInput>): NextStepInput => ({
  criterion,
  level: 'miss',
  compiled,
  meetsFound: new Set(),
  delightsFound: new Set(),
  reasoning: true,
  keywordDump: false,
  stuffed: false,
  unusedMentions: new Set(),
  answer: 'on-topic',
  ...over,
});

describe('describeNextStep wording', () => {
  it('a miss with one concept covered: "Also cover one of these: A or B."', () => {
    const text = describeNextStep(input({ meetsFound: new Set(['authz']) }))!;
    expect(text).toContain(
      'You covered API Gateway authorizers. Also cover one of these: ALB OIDC or TLS certificates.',
    );
    expect(text).not.toMatch(/\d+ more of:/);
  });

  it('a miss with nothing covered: "Cover at least two of these: A, B or C."', () => {
    expect(describeNextStep(input({}))).toContain(
      'Cover at least two of these: API Gateway authorizers, ALB OIDC or TLS certificates.',
    );
  });

  it('when every missing concept is needed it names them all with "and"', () => {
    const text = describeNextStep(
      input({ meetsFound: new Set(['authz']), criterion: { ...criterion, meets: { ...criterion.meets, min: 3 } } }),
    )!;
    expect(text).toContain('Also cover ALB OIDC and TLS certificates.');
  });

  it('meets → delights: "To get there, also bring in one of these: …", never "Bring in 1 more of:"', () => {
    const text = describeNextStep(input({ level: 'meets', meetsFound: new Set(['authz', 'oidc']) }))!;
    expect(text).toContain('To get there, also bring in one of these: mutual TLS or API keys identify callers.');
    expect(text).not.toContain('Bring in 1 more of');
  });
});

describe('wording helpers', () => {
  it('formatCount pluralises', () => {
    expect(formatCount(1, 'missed criterion', 'missed criteria')).toBe('1 missed criterion');
    expect(formatCount(0, 'card', 'cards')).toBe('0 cards');
    expect(formatCount(2, 'card', 'cards')).toBe('2 cards');
  });
  it('formatList joins like prose', () => {
    expect(formatList([], 'or')).toBe('');
    expect(formatList(['a'], 'or')).toBe('a');
    expect(formatList(['a', 'b'], 'and')).toBe('a and b');
    expect(formatList(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });
  it('countInWords writes small numbers as words', () => {
    expect([1, 2, 10, 11].map(countInWords)).toEqual(['one', 'two', 'ten', '11']);
  });
});
