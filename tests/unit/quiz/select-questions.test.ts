import { describe, expect, it } from 'vitest';
import { selectQuestions, type SelectQuestionsInput } from '@/lib/core/quiz/select-questions';
import type { QuizCardState, QuizQuestion } from '@/lib/core/quiz/types';
import { makeQuestion } from './quiz-fixture';

const NOW = new Date('2026-12-01T09:00:00Z');
const PAST = new Date('2026-11-30T09:00:00Z');
const FUTURE = new Date('2026-12-05T09:00:00Z');

const state = (retrievability: number | null, lapses = 0, due: Date | null = FUTURE): QuizCardState => ({
  retrievability,
  lapses,
  due,
});

const cardStates = new Map<string, QuizCardState>([
  ['c-due', state(0.95, 0, PAST)],
  ['c-low', state(0.5)],
  ['c-lapsed', state(0.97, 3)],
  ['c-known', state(0.99)],
  ['c-strong', state(0.99)],
  ['c-stronger', state(0.995)],
  ['c-new-with-row', state(null)],
]);

const q = (key: string, cardIds: string[], dimension: string, extra: Partial<QuizQuestion> = {}) =>
  makeQuestion({ key, cardIds, dimension, ...extra });

/** One question per kind of priority, each on its own dimension. */
const questions: QuizQuestion[] = [
  q('known', ['c-strong'], 'd-known'),
  q('new', ['c-unseen'], 'd-new'),
  q('lapsed', ['c-lapsed'], 'd-lapsed'),
  q('due', ['c-due'], 'd-due'),
  q('fell-for', ['c-known'], 'd-fell', { misconception: 'm-fell' }),
  q('low', ['c-low'], 'd-low'),
  q('known-better', ['c-stronger'], 'd-known-2'),
  q('new-with-row', ['c-new-with-row'], 'd-new-2'),
];

const base: SelectQuestionsInput = {
  questions,
  cardStates,
  fellFor: new Set(['m-fell']),
  count: 100,
  now: NOW,
  seed: 'sel',
};
const keys = (qs: QuizQuestion[]) => qs.map((x) => x.key);

describe('selectQuestions', () => {
  it('puts weak and due questions first (weakest first), then new ones, then the rest', () => {
    const order = keys(selectQuestions(base));
    expect(order.slice(0, 4)).toEqual(['fell-for', 'due', 'low', 'lapsed']);
    expect(order.slice(4, 6).sort()).toEqual(['new', 'new-with-row']);
    expect(order.slice(6)).toEqual(['known', 'known-better']);
  });

  it('treats a misconception card (misconception.<id>) the learner fell for as weak', () => {
    const qs = [q('a', ['c-known'], 'd1'), q('b', ['misconception.m-fell'], 'd2'), q('c', ['c-unseen'], 'd3')];
    expect(keys(selectQuestions({ ...base, questions: qs })).slice(0, 1)).toEqual(['b']);
  });

  it('uses `now` to decide what is due', () => {
    const early = keys(selectQuestions({ ...base, now: new Date('2026-11-29T09:00:00Z') }));
    expect(early.indexOf('due')).toBeGreaterThan(early.indexOf('lapsed')); // not yet due: only R 0.95, not weak
  });

  it('respects count (at most, floored, never negative)', () => {
    expect(keys(selectQuestions({ ...base, count: 3 }))).toEqual(['fell-for', 'due', 'low']);
    expect(selectQuestions({ ...base, count: 2.7 })).toHaveLength(2);
    expect(selectQuestions({ ...base, count: 0 })).toEqual([]);
    expect(selectQuestions({ ...base, count: -1 })).toEqual([]);
    expect(selectQuestions({ ...base, count: Number.NaN })).toEqual([]);
    expect(selectQuestions({ ...base, count: 100 })).toHaveLength(questions.length);
  });

  it('weakOnly keeps only weak or due questions', () => {
    expect(keys(selectQuestions({ ...base, filter: { weakOnly: true } }))).toEqual([
      'fell-for',
      'due',
      'low',
      'lapsed',
    ]);
    expect(selectQuestions({ ...base, fellFor: new Set(), cardStates: new Map(), filter: { weakOnly: true } })).toEqual(
      [],
    );
  });

  it('filters by dimension', () => {
    expect(keys(selectQuestions({ ...base, filter: { dimension: 'd-low' } }))).toEqual(['low']);
    expect(selectQuestions({ ...base, filter: { dimension: 'nope' } })).toEqual([]);
  });

  it("filters by deck: a question's cards must meet the deck's cards", () => {
    const deck = new Set(['c-low', 'c-unseen', 'c-other']);
    expect(keys(selectQuestions({ ...base, filter: { deckCardIds: deck } }))).toEqual(['low', 'new']);
    const multi = [q('x', ['c-other-deck', 'c-low'], 'd1'), q('y', ['c-other-deck'], 'd2'), q('z', [], 'd3')];
    expect(keys(selectQuestions({ ...base, questions: multi, filter: { deckCardIds: deck } }))).toEqual(['x']);
  });

  it('combines filters', () => {
    const deck = new Set(['c-low', 'c-unseen']);
    expect(keys(selectQuestions({ ...base, filter: { deckCardIds: deck, weakOnly: true } }))).toEqual(['low']);
    expect(selectQuestions({ ...base, filter: { deckCardIds: deck, dimension: 'd-due' } })).toEqual([]);
  });

  it('never returns the same key twice', () => {
    const doubled = [...questions, ...questions.map((x) => ({ ...x, prompt: 'copy' }))];
    const result = selectQuestions({ ...base, questions: doubled });
    expect(result).toHaveLength(questions.length);
    expect(new Set(keys(result)).size).toBe(result.length);
    expect(result.every((x) => x.prompt !== 'copy')).toBe(true); // the first occurrence wins
  });

  it('spreads a quiz across dimensions where it can', () => {
    const fresh = [
      q('x1', ['n1'], 'x'),
      q('x2', ['n2'], 'x'),
      q('x3', ['n3'], 'x'),
      q('y1', ['n4'], 'y'),
      q('z1', ['n5'], 'z'),
    ];
    const input = { ...base, questions: fresh, count: 3 };
    for (const seed of ['a', 'b', 'c', 'd']) {
      expect(
        selectQuestions({ ...input, seed })
          .map((x) => x.dimension)
          .sort(),
      ).toEqual(['x', 'y', 'z']);
    }
    // with more slots than dimensions, every dimension is used before one repeats
    const five = selectQuestions({ ...input, count: 5 });
    expect(
      five
        .slice(0, 3)
        .map((x) => x.dimension)
        .sort(),
    ).toEqual(['x', 'y', 'z']);
  });

  it('spreading never lets a new question jump ahead of a weak one', () => {
    const qs = [q('weak-x1', ['c-low'], 'x'), q('weak-x2', ['c-due'], 'x'), q('new-y', ['c-unseen'], 'y')];
    expect(keys(selectQuestions({ ...base, questions: qs }))).toEqual(['weak-x2', 'weak-x1', 'new-y']);
  });

  it('is deterministic for a seed, independent of input order, and varies with the seed', () => {
    const fresh = Array.from({ length: 12 }, (_, i) => q(`n${i}`, [`new-${i}`], `dim-${i}`));
    const input = { ...base, questions: fresh, count: 12 };
    const one = keys(selectQuestions(input));
    expect(keys(selectQuestions(input))).toEqual(one);
    expect(keys(selectQuestions({ ...input, questions: [...fresh].reverse() }))).toEqual(one);
    expect(keys(selectQuestions({ ...input, seed: 'other' }))).not.toEqual(one);
  });

  it('does not mutate its inputs', () => {
    const snapshot = structuredClone({ questions, cardStates: [...cardStates], fellFor: [...base.fellFor] });
    selectQuestions({ ...base, filter: { weakOnly: true } });
    expect({ questions, cardStates: [...cardStates], fellFor: [...base.fellFor] }).toEqual(snapshot);
  });
});
