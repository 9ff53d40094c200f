/** Small inline content for quiz tests: one comparison (4 dimensions), 3 misconceptions, one quiz item per type. */
import type { GenerateQuestionsInput } from '@/lib/core/quiz/generate-questions';
import type { Comparison, Misconception, QuizItem } from '@/lib/core/content/types';
import type { QuizQuestion } from '@/lib/core/quiz/types';

/** The API Gateway vs ALB comparison without its dimensions, for fixtures that bring their own. */
export const SUBJECTS = {
  id: 'apigw-vs-alb',
  title: 'API Gateway vs ALB',
  summary: 'Two front doors.',
  a: { id: 'apigw', name: 'Amazon API Gateway', short: 'API Gateway' },
  b: { id: 'alb', name: 'Application Load Balancer', short: 'ALB' },
} satisfies Omit<Comparison, 'dimensions'>;

export const comparison: Comparison = {
  ...SUBJECTS,
  dimensions: [
    {
      id: 'routing',
      name: 'Routing',
      a: 'Routes on method and path.',
      b: 'Listener rules on host, path, method, headers, query and source IP.',
      nuance: 'Both route on more than one thing.',
      outdatedClaim: { claim: 'API Gateway routes by method, ALB by path.', verdict: 'wrong' },
      favours: 'b',
      sources: ['ag-routes', 'alb-rules'],
      knowledge: [],
    },
    {
      id: 'rate-limiting',
      name: 'Rate limiting',
      a: 'Token-bucket throttling and usage plans.',
      b: 'No native rate limiting; use AWS WAF rate-based rules.',
      nuance: 'Usage plans are best-effort.',
      favours: 'a',
      sources: ['ag-throttling'],
      knowledge: [],
    },
    {
      id: 'timeouts',
      name: 'Timeouts',
      a: '29 s default for REST APIs; 30 s fixed for HTTP APIs.',
      b: 'Idle timeout of 1–4,000 s.',
      nuance: '"Max 30 s" is incomplete.',
      outdatedClaim: { claim: 'API Gateway times out at 30 s, ALB at 4,000 s.', verdict: 'incomplete' },
      favours: 'b',
      sources: ['ag-limits'],
      knowledge: [],
    },
    {
      id: 'static-ip',
      name: 'Static IP',
      a: 'No static IPs.',
      b: 'No static IPs; use Global Accelerator or an NLB in front.',
      nuance: 'Ask why static IPs are needed.',
      favours: 'b',
      sources: ['ga'],
      knowledge: [],
    },
  ],
};

export const misconceptions: Misconception[] = [
  {
    id: 'alb-routes-only-on-path',
    claim: 'ALB only routes on path.',
    why: 'Old blog posts.',
    correction: 'ALB matches host, path, method, headers, query strings and source IP.',
    comparison: 'apigw-vs-alb',
    dimension: 'routing',
    sources: ['alb-rules'],
  },
  {
    id: 'apigw-hard-29s-timeout',
    claim: 'API Gateway has a hard 29-second timeout.',
    why: 'It used to.',
    correction: 'Regional REST APIs can raise it.',
    comparison: 'apigw-vs-alb',
    dimension: 'timeouts',
    sources: ['ag-limits'],
  },
  {
    id: 'api-keys-secure-apis',
    claim: 'API keys secure my API.',
    why: 'The word key.',
    correction: 'API keys identify clients for usage plans.',
    comparison: 'apigw-vs-alb',
    dimension: 'rate-limiting',
    sources: ['ag-usage-plans'],
  },
];

const base: { comparison: string; sources: string[] } = { comparison: 'apigw-vs-alb', sources: ['src'] };

export const quizItems: QuizItem[] = [
  {
    ...base,
    id: 'quiz.pick-throttle',
    type: 'multiple-choice',
    dimension: 'rate-limiting',
    cards: ['apigw-vs-alb.rate-limiting.a'],
    question: 'Which answers 429 natively?',
    choices: [
      { text: 'API Gateway throttling', correct: true, why: 'Built in.' },
      { text: 'ALB listener rules', correct: false, why: 'No native limits.' },
      { text: 'Route 53', correct: false, why: 'DNS.' },
      { text: 'CloudFront alone', correct: false, why: 'Needs WAF.' },
    ],
    explanation: 'API Gateway throttles natively.',
  },
  {
    ...base,
    id: 'quiz.tf-timeout',
    type: 'true-false',
    dimension: 'timeouts',
    cards: ['apigw-vs-alb.timeouts.a', 'misconception.apigw-hard-29s-timeout'],
    misconception: 'apigw-hard-29s-timeout',
    statement: 'Every API Gateway API has a hard 29 s timeout.',
    answer: false,
    explanation: 'Regional REST APIs can raise it.',
  },
  {
    ...base,
    id: 'quiz.report',
    type: 'scenario',
    dimension: 'timeouts',
    cards: ['apigw-vs-alb.timeouts.b'],
    scenario: 'A request runs 3 minutes.',
    answer: 'b',
    explanation: 'ALB idle timeout goes to 4,000 s.',
  },
  {
    ...base,
    id: 'quiz.canary',
    type: 'scenario',
    dimension: 'routing',
    cards: [],
    scenario: 'Send 10% to the new version.',
    answer: 'either',
    explanation: 'Both can.',
  },
  {
    ...base,
    id: 'quiz.match',
    type: 'matching',
    dimension: 'static-ip',
    cards: ['apigw-vs-alb.static-ip.a', 'apigw-vs-alb.static-ip.b'],
    question: 'A, B or both?',
    pairs: [
      { fact: 'No static IPs of its own', answer: 'both' },
      { fact: 'Can sit behind an NLB', answer: 'b' },
      { fact: 'Usage plans', answer: 'a' },
      { fact: 'Private endpoint type', answer: 'a' },
    ],
    explanation: 'Neither has static IPs.',
  },
  {
    ...base,
    id: 'quiz.match-no-both',
    type: 'matching',
    dimension: 'timeouts',
    cards: ['apigw-vs-alb.timeouts.a'],
    question: 'A or B?',
    pairs: [
      { fact: '4,000 s idle timeout', answer: 'b' },
      { fact: '30 s fixed', answer: 'a' },
      { fact: '15-minute streaming', answer: 'a' },
      { fact: 'Health checks every 5–300 s', answer: 'b' },
    ],
    explanation: 'Numbers.',
  },
];

export const fixtureInput: GenerateQuestionsInput = { comparisons: [comparison], misconceptions, quizItems };

/** A minimal question for selection and checking tests. */
export function makeQuestion(overrides: Partial<QuizQuestion> & { key: string }): QuizQuestion {
  return {
    type: 'true-false',
    prompt: `Prompt ${overrides.key}`,
    dimension: null,
    comparison: 'apigw-vs-alb',
    cardIds: [],
    misconception: null,
    explanation: 'Because.',
    sources: [],
    correct: true,
    ...overrides,
  } as QuizQuestion;
}
