import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '@/lib/core/content/types';
import { generateQuestions } from '@/lib/core/quiz/generate-questions';
import { QuizQuestionSchema } from '@/lib/core/quiz/schema';
import type {
  MatchingQuestion,
  MultipleChoiceQuestion,
  QuizQuestion,
  ScenarioQuestion,
  TrueFalseQuestion,
} from '@/lib/core/quiz/types';
import { comparison, fixtureInput, misconceptions, quizItems } from './quiz-fixture';

const SEED = 'seed-1';

function byKey(questions: QuizQuestion[], key: string): QuizQuestion {
  const q = questions.find((x) => x.key === key);
  if (!q) throw new Error(`no question ${key}`);
  return q;
}
const mc = (qs: QuizQuestion[], key: string) => byKey(qs, key) as MultipleChoiceQuestion;

/** The invariants every choice question must satisfy. */
function expectWellFormedChoices(q: MultipleChoiceQuestion | ScenarioQuestion): void {
  const correct = q.options.filter((o) => o.id === q.correctOptionId);
  expect(correct, q.key).toHaveLength(1);
  const texts = q.options.map((o) => o.text.replace(/\s+/g, ' ').trim().toLowerCase());
  expect(new Set(texts).size, `${q.key}: option texts distinct`).toBe(texts.length);
  expect(new Set(q.options.map((o) => o.id)).size, `${q.key}: option ids distinct`).toBe(q.options.length);
  for (const o of q.options) {
    expect(o.text.trim(), q.key).not.toBe('');
    expect(o.why.trim(), q.key).not.toBe('');
  }
  expect(q.explanation.trim()).not.toBe('');
}

describe('generateQuestions: hand-written items', () => {
  const questions = generateQuestions(fixtureInput, SEED);

  it('converts every item, keyed item:<id>, carrying its metadata', () => {
    for (const item of quizItems) {
      const q = byKey(questions, `item:${item.id}`);
      expect(q).toMatchObject({
        type: item.type,
        dimension: item.dimension,
        comparison: item.comparison,
        cardIds: item.cards,
        misconception: item.misconception ?? null,
        explanation: item.explanation,
        sources: item.sources,
      });
    }
  });

  it('multiple-choice: every choice once, the authored correct one marked, why kept', () => {
    const q = mc(questions, 'item:quiz.pick-throttle');
    expectWellFormedChoices(q);
    expect(q.prompt).toBe('Which answers 429 natively?');
    expect(q.options.map((o) => o.text).sort()).toEqual(
      ['API Gateway throttling', 'ALB listener rules', 'CloudFront alone', 'Route 53'].sort(),
    );
    const correct = q.options.find((o) => o.id === q.correctOptionId);
    expect(correct).toMatchObject({ text: 'API Gateway throttling', why: 'Built in.' });
  });

  it('true-false: the statement and its answer', () => {
    const q = byKey(questions, 'item:quiz.tf-timeout') as TrueFalseQuestion;
    expect(q).toMatchObject({
      type: 'true-false',
      prompt: 'Every API Gateway API has a hard 29 s timeout.',
      correct: false,
    });
  });

  it('scenario: the two subjects by short name plus "Either works", in a fixed order', () => {
    const report = byKey(questions, 'item:quiz.report') as ScenarioQuestion;
    expectWellFormedChoices(report);
    expect(report.options.map((o) => [o.id, o.text])).toEqual([
      ['a', 'API Gateway'],
      ['b', 'ALB'],
      ['either', 'Either works'],
    ]);
    expect(report.correctOptionId).toBe('b');
    expect(report.options.find((o) => o.id === 'b')?.why).toMatch(
      /^Right: ALB fits; the deciding dimension is timeouts/,
    );
    expect(report.options.find((o) => o.id === 'a')?.why).toMatch(/^ALB fits better/);
    expect(report.prompt).toBe('A request runs 3 minutes.');
    const canary = byKey(questions, 'item:quiz.canary') as ScenarioQuestion;
    expectWellFormedChoices(canary);
    expect(canary.correctOptionId).toBe('either');
  });

  it('matching: every fact once with its answer; "both" offered only when some fact needs it', () => {
    const q = byKey(questions, 'item:quiz.match') as MatchingQuestion;
    expect(q.targets).toEqual([
      { id: 'a', label: 'API Gateway' },
      { id: 'b', label: 'ALB' },
      { id: 'both', label: 'Both' },
    ]);
    expect(q.facts).toHaveLength(4);
    expect(new Set(q.facts.map((f) => f.id)).size).toBe(4);
    const answerOf = (text: string) => q.correctPairs[q.facts.find((f) => f.text === text)?.id ?? ''];
    expect(answerOf('No static IPs of its own')).toBe('both');
    expect(answerOf('Can sit behind an NLB')).toBe('b');
    expect(answerOf('Usage plans')).toBe('a');
    expect(Object.keys(q.correctPairs).sort()).toEqual(q.facts.map((f) => f.id).sort());

    const noBoth = byKey(questions, 'item:quiz.match-no-both') as MatchingQuestion;
    expect(noBoth.targets.map((t) => t.id)).toEqual(['a', 'b']);
  });
});

describe('generateQuestions: generated from dimensions', () => {
  const questions = generateQuestions(fixtureInput, SEED);

  it('asks one multiple-choice per dimension and side', () => {
    const keys = questions.filter((q) => q.key.startsWith('dim:')).map((q) => q.key);
    expect(keys).toEqual(
      comparison.dimensions.flatMap((d) => [`dim:apigw-vs-alb.${d.id}:mc-a`, `dim:apigw-vs-alb.${d.id}:mc-b`]),
    );
  });

  it.each(comparison.dimensions.flatMap((d) => (['a', 'b'] as const).map((side) => [d.id, side] as const)))(
    "%s, side %s: the side's fact is the one correct option; distractors are distinct and plausible",
    (dimensionId, side) => {
      const dimension = comparison.dimensions.find((d) => d.id === dimensionId)!;
      const q = mc(questions, `dim:apigw-vs-alb.${dimensionId}:mc-${side}`);
      expectWellFormedChoices(q);
      const subject = side === 'a' ? 'API Gateway' : 'ALB';
      const topics: Record<string, string> = {
        routing: 'routing',
        'rate-limiting': 'rate limiting',
        timeouts: 'timeouts',
        'static-ip': 'static IP',
      };
      expect(q.prompt).toBe(`Which describes ${subject}'s ${topics[dimensionId]}?`);
      expect(q.options).toHaveLength(4);
      const correct = q.options.find((o) => o.id === q.correctOptionId)!;
      expect(correct.text).toBe(dimension[side]);
      expect(q.options.filter((o) => o.text === dimension[side])).toHaveLength(1);
      // the other side of the same dimension is always a distractor
      expect(q.options.map((o) => o.text)).toContain(dimension[side === 'a' ? 'b' : 'a']);
      expect(q).toMatchObject({
        dimension: dimensionId,
        comparison: 'apigw-vs-alb',
        cardIds: [`apigw-vs-alb.${dimensionId}.${side}`],
        misconception: null,
        explanation: dimension.nuance,
      });
      expect(q.sources).toEqual(expect.arrayContaining(dimension.sources));
    },
  );

  it("uses the dimension's misconception claims and wrong/outdated claims, never incomplete ones", () => {
    const routing = mc(questions, 'dim:apigw-vs-alb.routing:mc-b');
    const texts = routing.options.map((o) => o.text);
    expect(texts).toContain('ALB only routes on path.');
    expect(texts).toContain('API Gateway routes by method, ALB by path.');
    const claim = routing.options.find((o) => o.text === 'ALB only routes on path.');
    expect(claim?.misconception).toBe('alb-routes-only-on-path');
    expect(claim?.why).toContain('ALB matches host');

    const timeouts = mc(questions, 'dim:apigw-vs-alb.timeouts:mc-a');
    const timeoutTexts = timeouts.options.map((o) => o.text);
    expect(timeoutTexts).toContain('API Gateway has a hard 29-second timeout.');
    expect(timeoutTexts).not.toContain('API Gateway times out at 30 s, ALB at 4,000 s.'); // verdict: incomplete (partly true)
    expect(timeouts.sources).toContain('ag-limits');
  });

  it('fills up with the same side of neighbouring dimensions', () => {
    // static-ip has no misconception: other side + two same-side neighbours (timeouts, then rate-limiting)
    const q = mc(questions, 'dim:apigw-vs-alb.static-ip:mc-a');
    const texts = q.options.map((o) => o.text);
    expect(texts).toContain(comparison.dimensions[2]!.a);
    expect(texts).toContain(comparison.dimensions[1]!.a);
  });

  it('skips a dimension when no distinct distractor exists, and never repeats a text', () => {
    const same = {
      ...comparison,
      id: 'x-vs-y',
      dimensions: [{ ...comparison.dimensions[3]!, a: 'No static IPs.', b: ' no  static IPs. ' }],
    };
    const qs = generateQuestions({ comparisons: [same], misconceptions: [], quizItems: [] }, SEED);
    expect(qs).toEqual([]);

    const twoDims = {
      ...same,
      dimensions: [same.dimensions[0]!, { ...comparison.dimensions[1]!, a: 'No static IPs.', b: 'Something else.' }],
    };
    const q = mc(
      generateQuestions({ comparisons: [twoDims], misconceptions: [], quizItems: [] }, SEED),
      'dim:x-vs-y.rate-limiting:mc-a',
    );
    expectWellFormedChoices(q);
    expect(q.options.map((o) => o.text).sort()).toEqual(['No static IPs.', 'Something else.']);
  });
});

describe('generateQuestions: generated from misconceptions', () => {
  const questions = generateQuestions(fixtureInput, SEED);

  it.each(misconceptions.map((m) => [m.id, m] as const))(
    '%s: the claim as a false statement, the correction as explanation',
    (id, m) => {
      expect(byKey(questions, `misc:${id}:tf`)).toEqual({
        key: `misc:${id}:tf`,
        type: 'true-false',
        prompt: m.claim,
        dimension: m.dimension,
        comparison: m.comparison,
        cardIds: [`misconception.${id}`],
        misconception: id,
        explanation: m.correction,
        sources: m.sources,
        correct: false,
      });
    },
  );
});

describe('generateQuestions: determinism and shape', () => {
  it('same seed → the same questions; different seed → same keys, different option order', () => {
    const one = generateQuestions(fixtureInput, 'alpha');
    expect(generateQuestions(fixtureInput, 'alpha')).toEqual(one);

    const other = generateQuestions(fixtureInput, 'beta');
    expect(other.map((q) => q.key)).toEqual(one.map((q) => q.key));
    const order = (qs: QuizQuestion[]) =>
      qs.map((q) =>
        'options' in q ? q.options.map((o) => o.id).join() : 'facts' in q ? q.facts.map((f) => f.id).join() : '',
      );
    expect(order(other)).not.toEqual(order(one));
    // option ids depend on the text, not on the seed (generated questions may also pick other neighbours)
    const ids = (qs: QuizQuestion[]) =>
      qs
        .filter((q) => q.key.startsWith('item:'))
        .map((q) =>
          'options' in q
            ? q.options
                .map((o) => o.id)
                .sort()
                .join()
            : '',
        );
    expect(ids(other)).toEqual(ids(one));
  });

  it('does not mutate its input', () => {
    const before = structuredClone(fixtureInput);
    generateQuestions(fixtureInput, SEED);
    expect(fixtureInput).toEqual(before);
  });

  it('produces JSON that survives a round trip and parses with QuizQuestionSchema', () => {
    const questions = generateQuestions(fixtureInput, SEED);
    const restored: unknown = JSON.parse(JSON.stringify(questions));
    expect(restored).toEqual(questions);
    for (const q of restored as unknown[]) expect(QuizQuestionSchema.parse(q)).toEqual(q);
  });

  it('throws on a quiz item whose comparison is missing (a broken content invariant)', () => {
    expect(() =>
      generateQuestions({ comparisons: [], misconceptions: [], quizItems: quizItems.slice(2, 3) }, SEED),
    ).toThrow(/unknown comparison apigw-vs-alb/);
  });
});

describe('questions from the knowledge base', () => {
  const kb: KnowledgeBase = {
    id: 'apigw-vs-alb',
    comparison: 'apigw-vs-alb',
    entities: [
      { id: 'apigw', label: 'API Gateway', aliases: ['api gateway'] },
      { id: 'apigw-http', label: 'API Gateway HTTP APIs', aliases: ['http api'], parent: 'apigw' },
      { id: 'alb', label: 'Application Load Balancer', aliases: ['alb'] },
      { id: 'lambda', label: 'AWS Lambda', aliases: ['lambda'] },
    ],
    attributes: [
      {
        id: 'usage-plans',
        label: 'usage plans',
        aliases: ['usage plan'],
        negativeAliases: [],
        requires: [],
        comparative: false,
      },
      {
        id: 'native-throttling',
        label: 'throttles natively (429)',
        aliases: ['throttle'],
        negativeAliases: [],
        requires: [],
        comparative: false,
      },
      {
        id: 'timeout',
        label: 'request timeout',
        aliases: ['timeout'],
        negativeAliases: [],
        requires: [],
        comparative: false,
        unit: 's',
      },
      {
        id: 'reserved-concurrency',
        label: 'reserved concurrency',
        aliases: ['reserved'],
        negativeAliases: [],
        requires: [],
        comparative: false,
      },
    ],
    facts: [
      {
        entity: 'apigw-http',
        attribute: 'usage-plans',
        holds: false,
        says: 'HTTP APIs have no usage plans.',
        sources: ['s1'],
      },
      {
        entity: 'alb',
        attribute: 'native-throttling',
        holds: false,
        says: 'The ALB does not throttle.',
        sources: ['s2'],
      },
      { entity: 'apigw', attribute: 'native-throttling', holds: true, says: 'API Gateway throttles.', sources: ['s3'] },
      { entity: 'apigw', attribute: 'timeout', values: [29], says: '29 s.', sources: ['s4'] },
      {
        entity: 'lambda',
        attribute: 'reserved-concurrency',
        holds: true,
        says: 'Lambda caps concurrency.',
        sources: ['s5'],
      },
    ],
    falseClaims: [],
    synonyms: [],
  };
  const withKnowledge = (attributes: string[]) => ({
    ...fixtureInput,
    comparisons: [
      {
        ...comparison,
        dimensions: comparison.dimensions.map((d) => (d.id === 'rate-limiting' ? { ...d, knowledge: attributes } : d)),
      },
    ],
    knowledge: [kb],
  });

  it('asks each capability fact of a listed attribute as true or false, on the side’s card, explained by the fact', () => {
    const facts = generateQuestions(
      withKnowledge(['usage-plans', 'native-throttling', 'timeout', 'reserved-concurrency']),
      SEED,
    ).filter((q) => q.key.startsWith('fact:'));
    expect(facts.map((q) => q.key)).toEqual([
      'fact:apigw-vs-alb:apigw-http/usage-plans',
      'fact:apigw-vs-alb:alb/native-throttling',
      'fact:apigw-vs-alb:apigw/native-throttling',
    ]);
    expect(facts[0]).toMatchObject({
      type: 'true-false',
      prompt: 'API Gateway HTTP APIs: usage plans.',
      correct: false,
      cardIds: ['apigw-vs-alb.rate-limiting.a'],
      explanation: 'HTTP APIs have no usage plans.',
      sources: ['s1'],
      dimension: 'rate-limiting',
    });
    expect(facts[1]).toMatchObject({ correct: false, cardIds: ['apigw-vs-alb.rate-limiting.b'] });
    expect(facts[2]).toMatchObject({ correct: true });
  });

  it('asks nothing about attributes no dimension lists', () => {
    expect(generateQuestions(withKnowledge([]), SEED).some((q) => q.key.startsWith('fact:'))).toBe(false);
  });
});
