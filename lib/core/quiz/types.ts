/**
 * Public types of the quiz engine (lib/core/quiz). Questions are plain,
 * JSON-serialisable data: safe to store and to send to a client (strip the
 * answer fields — `correctOptionId`, `correct`, `correctPairs`, option `why` —
 * before showing a question that has not been answered yet).
 */
import type { z } from 'zod';
import type {
  MatchFactSchema,
  MatchTargetIdSchema,
  MatchTargetSchema,
  QuizAnswerSchema,
  QuizOptionSchema,
  QuizQuestionSchema,
  QuizQuestionTypeSchema,
} from './schema';

export type QuizQuestion = z.infer<typeof QuizQuestionSchema>;
export type QuizQuestionType = z.infer<typeof QuizQuestionTypeSchema>;
export type QuizOption = z.infer<typeof QuizOptionSchema>;
export type MatchFact = z.infer<typeof MatchFactSchema>;
export type MatchTarget = z.infer<typeof MatchTargetSchema>;
export type MatchTargetId = z.infer<typeof MatchTargetIdSchema>;

export type MultipleChoiceQuestion = Extract<QuizQuestion, { type: 'multiple-choice' }>;
export type TrueFalseQuestion = Extract<QuizQuestion, { type: 'true-false' }>;
export type ScenarioQuestion = Extract<QuizQuestion, { type: 'scenario' }>;
export type MatchingQuestion = Extract<QuizQuestion, { type: 'matching' }>;

/** `{ optionId }` | `{ value }` | `{ pairs }`. */
export type QuizAnswer = z.infer<typeof QuizAnswerSchema>;

export type CheckAnswerResult = {
  correct: boolean;
  /** Matching only: the share of facts paired correctly, 0–1 (an unpaired fact counts as wrong). */
  partial?: number;
  /** The question's explanation, shown after every answer. */
  explanation: string;
  /**
   * The misconception the learner fell for, or null: the chosen option's misconception if it has one,
   * else the question's misconception when the answer is wrong.
   */
  fellFor: string | null;
};

/** The scheduler grades a quiz answer can produce (never `easy`: a quiz answer is not evidence of effortless recall). */
export type QuizGrade = 'again' | 'hard' | 'good';

/** What selection needs to know about one card of one learner. */
export type QuizCardState = {
  /** Probability of recall now, 0–1; null for a new (never reviewed) card. */
  retrievability: number | null;
  lapses: number;
  due: Date | null;
};
