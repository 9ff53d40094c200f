import { describe, expect, it } from 'vitest';
import { checkAnswer } from '@/lib/core/quiz/check-answer';
import { generateQuestions } from '@/lib/core/quiz/generate-questions';
import { QuizAnswerError, type QuizAnswerErrorCode } from '@/lib/core/quiz/quiz-answer-error';
import type {
  MatchingQuestion,
  MultipleChoiceQuestion,
  QuizAnswer,
  QuizQuestion,
  ScenarioQuestion,
  TrueFalseQuestion,
} from '@/lib/core/quiz/types';
import { fixtureInput } from './quiz-fixture';

const questions = generateQuestions(fixtureInput, 'check');
const get = <T extends QuizQuestion>(key: string) => questions.find((q) => q.key === key) as T;

const mcq = get<MultipleChoiceQuestion>('item:quiz.pick-throttle');
const wrongMc = mcq.options.find((o) => o.id !== mcq.correctOptionId)!;
const tf = get<TrueFalseQuestion>('item:quiz.tf-timeout');
const scenario = get<ScenarioQuestion>('item:quiz.report');
const matching = get<MatchingQuestion>('item:quiz.match');
const noBoth = get<MatchingQuestion>('item:quiz.match-no-both');
const generated = get<MultipleChoiceQuestion>('dim:apigw-vs-alb.routing:mc-b');
const claimOption = generated.options.find((o) => o.misconception === 'alb-routes-only-on-path')!;

/** All facts right except the first `wrong` ones, which get a wrong target. */
function matchingAnswer(q: MatchingQuestion, wrong: number): QuizAnswer {
  const pairs: Record<string, 'a' | 'b' | 'both'> = {};
  q.facts.forEach((f, i) => {
    const right = q.correctPairs[f.id]!;
    pairs[f.id] = i < wrong ? (right === 'a' ? 'b' : 'a') : right;
  });
  return { pairs };
}

describe('checkAnswer', () => {
  it.each<[string, QuizQuestion, QuizAnswer, { correct: boolean; partial?: number; fellFor: string | null }]>([
    ['multiple-choice, right', mcq, { optionId: mcq.correctOptionId }, { correct: true, fellFor: null }],
    ['multiple-choice, wrong', mcq, { optionId: wrongMc.id }, { correct: false, fellFor: null }],
    [
      'generated, picks a misconception claim',
      generated,
      { optionId: claimOption.id },
      { correct: false, fellFor: 'alb-routes-only-on-path' },
    ],
    ['generated, right', generated, { optionId: generated.correctOptionId }, { correct: true, fellFor: null }],
    ['true-false, right', tf, { value: false }, { correct: true, fellFor: null }],
    [
      'true-false, wrong → fell for its misconception',
      tf,
      { value: true },
      { correct: false, fellFor: 'apigw-hard-29s-timeout' },
    ],
    ['scenario, right', scenario, { optionId: 'b' }, { correct: true, fellFor: null }],
    ['scenario, wrong side', scenario, { optionId: 'a' }, { correct: false, fellFor: null }],
    ['scenario, "either" when one side fits', scenario, { optionId: 'either' }, { correct: false, fellFor: null }],
    ['matching, all right', matching, matchingAnswer(matching, 0), { correct: true, partial: 1, fellFor: null }],
    ['matching, 3 of 4', matching, matchingAnswer(matching, 1), { correct: false, partial: 0.75, fellFor: null }],
    ['matching, none right', matching, matchingAnswer(matching, 4), { correct: false, partial: 0, fellFor: null }],
    ['matching, nothing paired', matching, { pairs: {} }, { correct: false, partial: 0, fellFor: null }],
  ])('%s', (_, question, answer, expected) => {
    const result = checkAnswer(question, answer);
    expect(result).toEqual({ ...expected, explanation: question.explanation });
  });

  it('counts a fact left unpaired as wrong', () => {
    const [first, ...rest] = matching.facts;
    const pairs = Object.fromEntries(rest.map((f) => [f.id, matching.correctPairs[f.id]!]));
    expect(first).toBeDefined();
    expect(checkAnswer(matching, { pairs })).toMatchObject({ correct: false, partial: 0.75 });
  });

  it.each<[string, QuizQuestion, unknown, QuizAnswerErrorCode]>([
    ['option for a true-false', tf, { optionId: 'a' }, 'wrong-answer-kind'],
    ['value for a multiple-choice', mcq, { value: true }, 'wrong-answer-kind'],
    ['pairs for a scenario', scenario, { pairs: {} }, 'wrong-answer-kind'],
    ['option for a matching', matching, { optionId: 'a' }, 'wrong-answer-kind'],
    ['unknown option', mcq, { optionId: 'opt-nope' }, 'unknown-option'],
    ['scenario option that does not exist', scenario, { optionId: 'c' }, 'unknown-option'],
    ['unknown fact', matching, { pairs: { 'fact-nope': 'a' } }, 'unknown-fact'],
    ['"both" where not offered', noBoth, { pairs: { [noBoth.facts[0]!.id]: 'both' } }, 'unknown-target'],
    ['not an answer at all', mcq, null, 'invalid-answer'],
    ['two kinds at once', mcq, { optionId: mcq.correctOptionId, value: true }, 'invalid-answer'],
    ['value that is not a boolean', tf, { value: 'false' }, 'invalid-answer'],
    ['target outside a/b/both', matching, { pairs: { [matching.facts[0]!.id]: 'c' } }, 'invalid-answer'],
  ])('rejects a wrong shape (%s) with QuizAnswerError', (_, question, answer, code) => {
    let error: unknown;
    try {
      checkAnswer(question, answer as QuizAnswer);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuizAnswerError);
    expect(error).toMatchObject({ code, questionKey: question.key, name: 'QuizAnswerError' });
    expect((error as Error).message).not.toBe('');
  });

  it('does not mutate the question or the answer', () => {
    const answer = matchingAnswer(matching, 2);
    const before = structuredClone({ matching, answer });
    checkAnswer(matching, answer);
    expect({ matching, answer }).toEqual(before);
  });
});
