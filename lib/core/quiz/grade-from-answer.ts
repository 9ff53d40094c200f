import type { QuizGrade, QuizQuestionType } from './types';

/** Every threshold the quiz → scheduler mapping uses. */
export const QUIZ_GRADE_THRESHOLDS = {
  /** A right answer slower than this (strictly greater) is graded `hard`. */
  slowMs: {
    'true-false': 20_000,
    'multiple-choice': 40_000,
    scenario: 40_000,
    matching: 40_000,
  } satisfies Record<QuizQuestionType, number>,
  /** A matching answer that is not fully right but has at least this share of pairs right is `hard`, else `again`. */
  matchingHardMinShare: 0.5,
} as const;

export type GradeFromAnswerInput = {
  correct: boolean;
  /** Matching: share of pairs right (from `checkAnswer`). */
  partial?: number;
  /** Time from showing the question to the answer. Not a finite number → treated as not slow. */
  elapsedMs: number;
  type: QuizQuestionType;
};

/**
 * Maps a checked answer to a scheduler grade: wrong → `again`; right → `good`, or `hard` when slow;
 * matching partly right → `hard` at ≥ 0.5 of the pairs, else `again`. Never `easy`.
 */
export function gradeFromAnswer(input: GradeFromAnswerInput): QuizGrade {
  const { correct, partial, elapsedMs, type } = input;
  if (correct) {
    return Number.isFinite(elapsedMs) && elapsedMs > QUIZ_GRADE_THRESHOLDS.slowMs[type] ? 'hard' : 'good';
  }
  if (type === 'matching' && partial !== undefined && partial >= QUIZ_GRADE_THRESHOLDS.matchingHardMinShare)
    return 'hard';
  return 'again';
}
