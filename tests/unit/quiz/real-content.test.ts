/** The quiz engine over the repository's real content/ (loaded and validated by lib/content). */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/content/load-content';
import type { ContentBundle } from '@/lib/core/content/types';
import { checkAnswer } from '@/lib/core/quiz/check-answer';
import { generateQuestions } from '@/lib/core/quiz/generate-questions';
import { QuizQuestionSchema } from '@/lib/core/quiz/schema';
import { selectQuestions } from '@/lib/core/quiz/select-questions';
import type { QuizAnswer, QuizQuestion } from '@/lib/core/quiz/types';

const CONTENT = path.resolve(import.meta.dirname, '../../../content');
let bundle: ContentBundle;
let questions: QuizQuestion[];

beforeAll(async () => {
  const result = await loadContent(CONTENT);
  if (!result.ok) throw new Error(`content/ is invalid:\n${result.errors.join('\n')}`);
  bundle = result.content;
  questions = generateQuestions(bundle, 'real-content');
});

function rightAnswer(q: QuizQuestion): QuizAnswer {
  switch (q.type) {
    case 'multiple-choice':
    case 'scenario':
      return { optionId: q.correctOptionId };
    case 'true-false':
      return { value: q.correct };
    case 'matching':
      return { pairs: { ...q.correctPairs } };
  }
}

describe('quiz questions from the real content/', () => {
  it('converts every hand-written item and adds the generated ones', () => {
    const itemKeys = questions.filter((q) => q.key.startsWith('item:')).map((q) => q.key);
    expect(itemKeys).toEqual(bundle.quizItems.map((i) => `item:${i.id}`));
    const dimensions = bundle.comparisons.reduce((n, c) => n + c.dimensions.length, 0);
    expect(questions.filter((q) => q.key.startsWith('dim:'))).toHaveLength(2 * dimensions);
    expect(questions.filter((q) => q.key.startsWith('misc:'))).toHaveLength(bundle.misconceptions.length);
    expect(new Set(questions.map((q) => q.key)).size).toBe(questions.length);
  });

  it('every question is well formed, valid JSON for the schema, and accepts its own right answer', () => {
    for (const q of questions) {
      expect(QuizQuestionSchema.safeParse(JSON.parse(JSON.stringify(q))).success, q.key).toBe(true);
      expect(q.explanation.trim(), q.key).not.toBe('');
      if (q.type === 'multiple-choice' || q.type === 'scenario') {
        expect(
          q.options.filter((o) => o.id === q.correctOptionId),
          q.key,
        ).toHaveLength(1);
        const texts = q.options.map((o) => o.text.replace(/\s+/g, ' ').trim().toLowerCase());
        expect(new Set(texts).size, q.key).toBe(texts.length);
        for (const o of q.options) expect(o.why.trim(), q.key).not.toBe('');
      }
      expect(checkAnswer(q, rightAnswer(q)).correct, q.key).toBe(true);
    }
  });

  it('generated multiple-choice questions have 4 options each on this content', () => {
    for (const q of questions.filter((x) => x.key.startsWith('dim:'))) {
      expect(q.type).toBe('multiple-choice');
      if (q.type === 'multiple-choice') expect(q.options, q.key).toHaveLength(4);
    }
  });

  it('every card a question exercises exists as a card', () => {
    const cardIds = new Set(bundle.decks.flatMap((d) => d.cards.map((c) => c.id)));
    const missing = questions.flatMap((q) => q.cardIds.filter((id) => !cardIds.has(id)).map((id) => `${q.key}: ${id}`));
    expect(missing).toEqual([]);
  });

  it('every misconception named by a question or an option exists', () => {
    const ids = new Set(bundle.misconceptions.map((m) => m.id));
    for (const q of questions) {
      if (q.misconception !== null) expect(ids.has(q.misconception), q.key).toBe(true);
      if ('options' in q)
        for (const o of q.options) if (o.misconception) expect(ids.has(o.misconception), q.key).toBe(true);
    }
  });

  it('a fresh learner gets a quiz spread over different dimensions, deterministic for the seed', () => {
    const input = {
      questions,
      cardStates: new Map(),
      fellFor: new Set<string>(),
      count: 12,
      now: new Date('2026-12-01T09:00:00Z'),
      seed: 's1',
    };
    const quiz = selectQuestions(input);
    expect(quiz).toHaveLength(12);
    expect(new Set(quiz.map((q) => q.dimension)).size).toBe(12);
    expect(selectQuestions(input)).toEqual(quiz);
    expect(selectQuestions({ ...input, seed: 's2' }).map((q) => q.key)).not.toEqual(quiz.map((q) => q.key));
  });
});
