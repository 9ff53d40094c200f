import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadContent } from '@/lib/content/load-content';
import { REQUIRED_DIMENSIONS } from '@/lib/content/required-ids';
import { VALID_FIXTURE, copyValidFixture, replaceInFile, writeContentFile } from './content-fixture';

describe('loadContent: the valid fixture', () => {
  it('loads with the expected counts, generated cards first', async () => {
    const result = await loadContent(VALID_FIXTURE);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const { content } = result;
    expect(content.sources.map((s) => s.id)).toEqual(['aws-messaging']);
    expect(content.comparisons.map((c) => c.id)).toEqual(['sqs-vs-sns']);
    expect(content.misconceptions.map((m) => m.id)).toEqual(['sns-stores-messages']);
    expect(content.quizItems.map((q) => q.id)).toEqual([
      'messaging.pull-or-push',
      'messaging.sns-retains',
      'messaging.fifo-end-to-end',
      'messaging.ordered-by-group',
    ]);
    expect(content.prompts.map((p) => p.id)).toEqual(['choose-messaging']);
    expect(content.prompts[0]?.criteria).toHaveLength(5);
    expect(content.decks.map((d) => d.id)).toEqual(['messaging']);
    expect(content.decks[0]?.cards.map((c) => c.id)).toEqual([
      'sqs-vs-sns.delivery.a',
      'sqs-vs-sns.delivery.b',
      'sqs-vs-sns.delivery.nuance',
      'sqs-vs-sns.ordering.a',
      'sqs-vs-sns.ordering.b',
      'sqs-vs-sns.ordering.nuance',
      'misconception.sns-stores-messages',
      'messaging.extra.fan-out',
      'messaging.extra.redelivery',
      'messaging.extra.fifo-pair',
      'messaging.extra.standard-order',
    ]);
  });

  it('resolves a hand-written card: deck id, the deck default comparison, nulls for absent fields', async () => {
    const result = await loadContent(VALID_FIXTURE);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const deck = result.content.decks[0];
    expect(deck?.comparison).toBe('sqs-vs-sns');
    expect(deck?.cards.find((c) => c.id === 'messaging.extra.fan-out')).toEqual({
      id: 'messaging.extra.fan-out',
      deckId: 'messaging',
      front: 'How do you deliver one event to three independent consumers?',
      back: 'Publish to an SNS topic with one SQS queue subscribed per consumer.',
      explanation: 'Each consumer then polls its own queue at its own pace.',
      tags: ['fan-out'],
      comparison: 'sqs-vs-sns',
      dimension: 'delivery',
      misconception: null,
      sources: ['aws-messaging'],
    });
    expect(deck?.cards.every((c) => c.deckId === 'messaging')).toBe(true);
  });

  it('applies schema defaults (minutes, weight, min, choice.correct)', async () => {
    const result = await loadContent(VALID_FIXTURE);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const prompt = result.content.prompts[0];
    expect(prompt?.minutes).toBe(15);
    expect(prompt?.criteria.map((c) => c.weight)).toEqual([1, 1, 1, 1, 2]);
    expect(prompt?.criteria[1]?.meets.min).toBe(1);
    const mc = result.content.quizItems[0];
    expect(mc?.type === 'multiple-choice' && mc.choices.map((c) => c.correct)).toEqual([true, false, false]);
  });
});

/** One break per case: the file to edit, the text to replace and its replacement, and the exact errors. */
type BreakCase = {
  name: string;
  file: string;
  from: string;
  to: string;
  errors: string[];
};

const DECK = 'decks/messaging.yaml';
const HAND_CARD_BACK = '    back: Publish to an SNS topic with one SQS queue subscribed per consumer.\n';
const HAND_CARD_SOURCES = '    dimension: delivery\n    sources: [aws-messaging]\n';

const cases: BreakCase[] = [
  {
    name: 'missing required field',
    file: DECK,
    from: HAND_CARD_BACK,
    to: '',
    errors: ['content/decks/messaging.yaml: cards[0].back: required'],
  },
  {
    name: 'required field left empty',
    file: DECK,
    from: HAND_CARD_BACK,
    to: '    back:\n',
    errors: ['content/decks/messaging.yaml: cards[0].back: required'],
  },
  {
    name: 'blank text (whitespace only)',
    file: DECK,
    from: HAND_CARD_BACK,
    to: '    back: "  "\n',
    errors: ['content/decks/messaging.yaml: cards[0].back: required'],
  },
  {
    name: 'unknown field',
    file: DECK,
    from: 'title: Messaging basics\n',
    to: 'title: Messaging basics\ncolour: blue\n',
    errors: ['content/decks/messaging.yaml: colour: unknown field'],
  },
  {
    name: 'unknown quiz item type',
    file: 'quiz/messaging.yaml',
    from: 'type: true-false',
    to: 'type: yes-no',
    errors: [
      'content/quiz/messaging.yaml: items[1].type: must be one of "multiple-choice", "true-false", "scenario", "matching"',
    ],
  },
  {
    name: 'bad YAML syntax names the file, line and column',
    file: 'quiz/messaging.yaml',
    from: 'question: Which service do consumers poll for messages?',
    to: 'question: Which service: do consumers poll for messages?',
    errors: ['content/quiz/messaging.yaml:7:15: Nested mappings are not allowed in compact mappings'],
  },
  {
    name: 'duplicate hand-written card id',
    file: DECK,
    from: HAND_CARD_SOURCES,
    to: `${HAND_CARD_SOURCES}  - id: messaging.extra.fan-out\n    front: Again?\n    back: Again.\n    sources: [aws-messaging]\n`,
    errors: [
      'content/decks/messaging.yaml: cards[1].id: duplicate card id "messaging.extra.fan-out" (first defined at content/decks/messaging.yaml: cards[0].id)',
    ],
  },
  {
    name: 'hand-written card id that a generated card already has',
    file: DECK,
    from: 'id: messaging.extra.fan-out',
    to: 'id: sqs-vs-sns.delivery.a',
    errors: [
      'content/decks/messaging.yaml: cards[0].id: duplicate card id "sqs-vs-sns.delivery.a" (first defined at content/decks/messaging.yaml: generate[0])',
      // the prompt's criterion pointed at the renamed card
      'content/prompts/choose-messaging.yaml: criteria[1].cards[0]: unknown card "messaging.extra.fan-out"',
    ],
  },
  {
    name: 'duplicate dimension id (and the cards generated from it)',
    file: 'comparisons/sqs-vs-sns.yaml',
    from: '- id: ordering',
    to: '- id: delivery',
    errors: [
      'content/comparisons/sqs-vs-sns.yaml: dimensions[1].id: duplicate dimension id "delivery" (first defined at content/comparisons/sqs-vs-sns.yaml: dimensions[0].id)',
      'content/decks/messaging.yaml: generate[0]: generates duplicate card ids: "sqs-vs-sns.delivery.a" (first defined at content/decks/messaging.yaml: generate[0]), "sqs-vs-sns.delivery.b" (first defined at content/decks/messaging.yaml: generate[0]), "sqs-vs-sns.delivery.nuance" (first defined at content/decks/messaging.yaml: generate[0])',
      // the ordering cards and items lose their dimension with it
      'content/decks/messaging.yaml: cards[2].dimension: unknown dimension "ordering" in comparison "sqs-vs-sns"',
      'content/decks/messaging.yaml: cards[3].dimension: unknown dimension "ordering" in comparison "sqs-vs-sns"',
      'content/quiz/messaging.yaml: items[2].dimension: unknown dimension "ordering" in comparison "sqs-vs-sns"',
      'content/quiz/messaging.yaml: items[2].cards[0]: unknown card "sqs-vs-sns.ordering.nuance"',
      'content/quiz/messaging.yaml: items[3].dimension: unknown dimension "ordering" in comparison "sqs-vs-sns"',
      'content/quiz/messaging.yaml: items[3].cards[0]: unknown card "sqs-vs-sns.ordering.a"',
    ],
  },
  {
    name: 'dangling misconception dimension',
    file: 'misconceptions/sqs-vs-sns.yaml',
    from: 'dimension: delivery',
    to: 'dimension: latency',
    errors: [
      'content/misconceptions/sqs-vs-sns.yaml: misconceptions[0].dimension: unknown dimension "latency" in comparison "sqs-vs-sns"',
    ],
  },
  {
    name: 'dangling misconception comparison',
    file: 'misconceptions/sqs-vs-sns.yaml',
    from: 'comparison: sqs-vs-sns',
    to: 'comparison: sqs-vs-mq',
    errors: [
      'content/misconceptions/sqs-vs-sns.yaml: misconceptions[0].comparison: unknown comparison "sqs-vs-mq"',
      // the deck generated its misconception card from sqs-vs-sns, which now has none
      'content/decks/messaging.yaml: generate[1]: generates no cards: no misconceptions have comparison "sqs-vs-sns"',
      'content/quiz/messaging.yaml: items[1].cards[0]: unknown card "misconception.sns-stores-messages"',
    ],
  },
  {
    name: 'unknown source id',
    file: DECK,
    from: HAND_CARD_SOURCES,
    to: '    dimension: delivery\n    sources: [aws-messaging, aws-nope]\n',
    errors: ['content/decks/messaging.yaml: cards[0].sources[1]: unknown source "aws-nope"'],
  },
  {
    name: 'deck id differs from its file name',
    file: DECK,
    from: 'id: messaging\n',
    to: 'id: messages\n',
    errors: ['content/decks/messaging.yaml: id: deck id "messages" must equal the file name "messaging"'],
  },
  {
    name: 'prompt id differs from its file name',
    file: 'prompts/choose-messaging.yaml',
    from: 'id: choose-messaging\n',
    to: 'id: pick-messaging\n',
    errors: [
      'content/prompts/choose-messaging.yaml: id: prompt id "pick-messaging" must equal the file name "choose-messaging"',
    ],
  },
  {
    name: 'generate from an unknown comparison',
    file: DECK,
    from: '  - from: misconceptions\n    comparison: sqs-vs-sns\n',
    to: '  - from: misconceptions\n    comparison: sqs-vs-mq\n',
    errors: [
      'content/decks/messaging.yaml: generate[1].comparison: unknown comparison "sqs-vs-mq"',
      'content/quiz/messaging.yaml: items[1].cards[0]: unknown card "misconception.sns-stores-messages"',
    ],
  },
  {
    name: 'card dimension without any comparison',
    file: DECK,
    from: 'comparison: sqs-vs-sns\ngenerate:',
    to: 'generate:',
    errors: [
      ...[0, 1, 2, 3].map(
        (i) => `content/decks/messaging.yaml: cards[${i}].dimension: needs a comparison (on the card or as the deck default)`,
      ),
    ],
  },
  {
    name: 'unknown quiz card ref',
    file: 'quiz/messaging.yaml',
    from: 'cards: [misconception.sns-stores-messages]',
    to: 'cards: [misconception.sns-stores-message]',
    errors: ['content/quiz/messaging.yaml: items[1].cards[0]: unknown card "misconception.sns-stores-message"'],
  },
  {
    name: 'unknown quiz dimension',
    file: 'quiz/messaging.yaml',
    from: 'dimension: delivery',
    to: 'dimension: pricing',
    errors: ['content/quiz/messaging.yaml: items[0].dimension: unknown dimension "pricing" in comparison "sqs-vs-sns"'],
  },
  {
    name: 'unknown quiz misconception',
    file: 'quiz/messaging.yaml',
    from: 'misconception: sns-stores-messages',
    to: 'misconception: sns-is-a-queue',
    errors: ['content/quiz/messaging.yaml: items[1].misconception: unknown misconception "sns-is-a-queue"'],
  },
  {
    // (this prompt asks for no decision: no concept is an option to rule out)
    name: 'a misfit that is not one of the options the decision chooses between',
    file: 'prompts/choose-messaging.yaml',
    from: 'modelAnswers:',
    to: 'misfits:\n  - { choice: fifo, why: Nothing here asks for ordering. }\nmodelAnswers:',
    errors: [
      'content/prompts/choose-messaging.yaml: misfits[0].choice: "fifo" is not an option of the criterion that asks for the decision',
    ],
  },
  {
    name: 'prompt criterion referencing an unknown concept',
    file: 'prompts/choose-messaging.yaml',
    from: 'concepts: [fifo] }',
    to: 'concepts: [fifo-order] }',
    errors: [
      'content/prompts/choose-messaging.yaml: criteria[2].meets.concepts[0]: unknown concept "fifo-order" (not in this prompt\'s concepts)',
    ],
  },
  {
    name: 'prompt criterion asking for more concepts than it lists',
    file: 'prompts/choose-messaging.yaml',
    from: 'concepts: [fifo] }',
    to: 'concepts: [fifo], min: 2 }',
    errors: ['content/prompts/choose-messaging.yaml: criteria[2].meets.min: 2 is more than the 1 concepts listed'],
  },
  {
    name: 'prompt criterion referencing an unknown card',
    file: 'prompts/choose-messaging.yaml',
    from: 'cards: [messaging.extra.fan-out]',
    to: 'cards: [messaging.extra.fanout]',
    errors: ['content/prompts/choose-messaging.yaml: criteria[1].cards[0]: unknown card "messaging.extra.fanout"'],
  },
  {
    name: 'prompt trap with an unknown misconception',
    file: 'prompts/choose-messaging.yaml',
    from: '- misconception: sns-stores-messages',
    to: '- misconception: sns-is-a-queue',
    errors: ['content/prompts/choose-messaging.yaml: traps[0].misconception: unknown misconception "sns-is-a-queue"'],
  },
  {
    name: 'duplicate concept id within a prompt',
    file: 'prompts/choose-messaging.yaml',
    from: '  - id: retries\n',
    to: '  - id: fifo\n',
    errors: [
      'content/prompts/choose-messaging.yaml: concepts[4].id: duplicate concept id "fifo" (first defined at content/prompts/choose-messaging.yaml: concepts[3].id)',
      'content/prompts/choose-messaging.yaml: criteria[3].meets.concepts[0]: unknown concept "retries" (not in this prompt\'s concepts)',
      'content/prompts/choose-messaging.yaml: criteria[3].delights.concepts[0]: unknown concept "retries" (not in this prompt\'s concepts)',
    ],
  },
  {
    name: 'a schema-invalid comparison does not cascade into "unknown comparison" errors',
    file: 'comparisons/sqs-vs-sns.yaml',
    from: 'title: Amazon SQS vs Amazon SNS\n',
    to: '',
    errors: ['content/comparisons/sqs-vs-sns.yaml: title: required'],
  },
];

describe('loadContent: each kind of error', () => {
  let fixture: ReturnType<typeof copyValidFixture>;
  beforeEach(() => {
    fixture = copyValidFixture();
  });
  afterEach(() => fixture.remove());

  it.each(cases)('$name', async ({ file, from, to, errors }) => {
    replaceInFile(fixture.dir, file, from, to);
    const result = await loadContent(fixture.dir);
    expect(result.ok ? [] : result.errors).toEqual(errors);
  });

  it('reports the line of the failing YAML node in `issues`', async () => {
    replaceInFile(fixture.dir, DECK, HAND_CARD_BACK, '');
    const result = await loadContent(fixture.dir);
    expect(result.ok).toBe(false);
    // `back` is missing, so the nearest node is the card itself: line 11 (`- id: messaging.extra.fan-out`)
    expect(result.ok ? [] : result.issues).toEqual([
      { file: 'content/decks/messaging.yaml', field: 'cards[0].back', line: 11, col: 5, message: 'required' },
    ]);
  });

  it('collects every error across files, in folder then file order', async () => {
    replaceInFile(fixture.dir, 'prompts/choose-messaging.yaml', 'title: Queue or topic?\n', '');
    replaceInFile(fixture.dir, DECK, HAND_CARD_BACK, '');
    replaceInFile(fixture.dir, DECK, 'front: How do you', 'front: "" # How do you');
    writeContentFile(fixture.dir, 'decks/empty.yaml', '# nothing yet\n');
    writeContentFile(fixture.dir, 'quiz/extra.yml', 'items: []\n');
    const result = await loadContent(fixture.dir);
    expect(result.ok ? [] : result.errors).toEqual([
      'content/decks/empty.yaml: file is empty',
      'content/decks/messaging.yaml: cards[0].front: required',
      'content/decks/messaging.yaml: cards[0].back: required',
      'content/quiz/extra.yml: content files must end in .yaml',
      'content/prompts/choose-messaging.yaml: title: required',
    ]);
  });

  it('requires a quote on every source except the ones cited before sources had quotes', async () => {
    writeContentFile(
      fixture.dir,
      'sources/more.yaml',
      stringify({
        sources: [
          { id: 'ag-caching', title: 'API Gateway caching', url: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html' },
          { id: 'new-page', title: 'A page cited now', url: 'https://docs.aws.amazon.com/x.html' },
          { id: 'quoted-page', title: 'A quoted page', url: 'https://docs.aws.amazon.com/y.html', quote: 'What the page says.' },
        ],
      }),
    );
    replaceInFile(fixture.dir, 'sources/aws.yaml', '    quote: "When you publish', '    # quote: "When you publish');
    const result = await loadContent(fixture.dir);
    expect(result.ok ? [] : result.errors).toEqual([
      'content/sources/aws.yaml: sources[0].quote: required: a short passage from the page that states what it is cited for',
      'content/sources/more.yaml: sources[1].quote: required: a short passage from the page that states what it is cited for',
    ]);
  });

  it('asks every dimension of a taught comparison for two hand-written cards and two quiz items, once all else holds', async () => {
    replaceInFile(fixture.dir, DECK, '    dimension: ordering\n    sources: [aws-messaging]\n  - id: messaging.extra.standard-order', '    sources: [aws-messaging]\n  - id: messaging.extra.standard-order');
    replaceInFile(fixture.dir, 'quiz/messaging.yaml', 'id: messaging.ordered-by-group\n    type: multiple-choice\n    comparison: sqs-vs-sns\n    dimension: ordering', 'id: messaging.ordered-by-group\n    type: multiple-choice\n    comparison: sqs-vs-sns\n    dimension: delivery');
    const result = await loadContent(fixture.dir);
    expect(result.ok ? [] : result.errors).toEqual([
      'content/comparisons/sqs-vs-sns.yaml: dimensions[1].id: has 1 hand-written card and 1 quiz item: each dimension needs at least 2 of both',
    ]);
  });

  it('accepts a misfit among the options the decision chooses between, and nothing else', async () => {
    const PROMPT = 'prompts/choose-messaging.yaml';
    // the recommendation criterion asks for a decision between the concepts it lists (here: fan-out)
    replaceInFile(
      fixture.dir,
      PROMPT,
      '  - id: retries\n',
      '  - id: decided\n    label: A recommendation\n    detect: decision\n    terms: [I recommend]\n  - id: retries\n',
    );
    replaceInFile(fixture.dir, PROMPT, 'Makes a recommendation., concepts: [fan-out] }', 'Makes a recommendation., concepts: [fan-out, decided] }');
    replaceInFile(fixture.dir, PROMPT, 'modelAnswers:', 'misfits:\n  - { choice: fan-out, why: Nothing here fans out. }\nmodelAnswers:');
    expect((await loadContent(fixture.dir)).ok).toBe(true);
    replaceInFile(fixture.dir, PROMPT, 'choice: fan-out', 'choice: fifo');
    const result = await loadContent(fixture.dir);
    expect(result.ok ? [] : result.errors).toEqual([
      'content/prompts/choose-messaging.yaml: misfits[0].choice: "fifo" is not an option of the criterion that asks for the decision',
    ]);
  });

  it('asks every hand-written library card for a source', async () => {
    replaceInFile(fixture.dir, DECK, '    dimension: ordering\n    sources: [aws-messaging]\n  - id: messaging.extra.standard-order', '    dimension: ordering\n  - id: messaging.extra.standard-order');
    const result = await loadContent(fixture.dir);
    expect(result.ok ? [] : result.errors).toEqual([
      'content/decks/messaging.yaml: cards[2].sources: at least one source: a library card cites its facts',
    ]);
  });

  it('treats a missing folder as empty and a missing root as an error', async () => {
    rmSync(path.join(fixture.dir, 'prompts'), { recursive: true });
    const result = await loadContent(fixture.dir);
    expect(result.ok && result.content.prompts).toEqual([]);

    const missing = await loadContent(path.join(fixture.dir, 'nope'));
    expect(missing.ok ? [] : missing.errors).toEqual([`content: not a directory: ${path.join(fixture.dir, 'nope')}`]);
  });

  describe('the apigw-vs-alb comparison has at least the 17 contract dimensions', () => {
    const required = REQUIRED_DIMENSIONS['apigw-vs-alb'] ?? [];
    const comparisonWith = (ids: readonly string[]) =>
      stringify({
        id: 'apigw-vs-alb',
        title: 'API Gateway vs ALB',
        summary: 'Two front doors.',
        a: { id: 'apigw', name: 'Amazon API Gateway', short: 'API Gateway' },
        b: { id: 'alb', name: 'Application Load Balancer', short: 'ALB' },
        dimensions: ids.map((id) => ({
          id,
          name: id,
          a: 'A.',
          b: 'B.',
          nuance: 'N.',
          favours: 'depends',
          sources: ['aws-messaging'],
        })),
      });

    it.each([
      { name: 'all 17: valid', ids: required, errors: [] },
      {
        name: 'one missing: names it',
        ids: required.filter((id) => id !== 'cost'),
        errors: ['content/comparisons/apigw-vs-alb.yaml: dimensions: missing required dimension ids: cost'],
      },
      { name: 'all 17 and one more: valid', ids: [...required, 'latency'], errors: [] },
      {
        name: 'two missing and one extra: names the missing ones',
        ids: [...required.filter((id) => id !== 'vpc' && id !== 'ddos'), 'latency'],
        errors: ['content/comparisons/apigw-vs-alb.yaml: dimensions: missing required dimension ids: vpc, ddos'],
      },
    ])('$name', async ({ ids, errors }) => {
      expect(required).toHaveLength(17);
      writeContentFile(fixture.dir, 'comparisons/apigw-vs-alb.yaml', comparisonWith(ids));
      const result = await loadContent(fixture.dir);
      expect(result.ok ? [] : result.errors).toEqual(errors);
    });
  });
});
