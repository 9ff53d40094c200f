import { describe, expect, it } from 'vitest';
import { QUIZ_GRADE_THRESHOLDS, gradeFromAnswer, type GradeFromAnswerInput } from '@/lib/core/quiz/grade-from-answer';

describe('gradeFromAnswer', () => {
  it.each<[GradeFromAnswerInput, 'again' | 'hard' | 'good']>([
    // wrong → again
    [{ correct: false, elapsedMs: 1_000, type: 'multiple-choice' }, 'again'],
    [{ correct: false, elapsedMs: 1_000, type: 'true-false' }, 'again'],
    [{ correct: false, elapsedMs: 90_000, type: 'scenario' }, 'again'],
    // right and quick → good; right and slow → hard (true-false: > 20 s, others: > 40 s)
    [{ correct: true, elapsedMs: 5_000, type: 'multiple-choice' }, 'good'],
    [{ correct: true, elapsedMs: 20_000, type: 'true-false' }, 'good'],
    [{ correct: true, elapsedMs: 20_001, type: 'true-false' }, 'hard'],
    [{ correct: true, elapsedMs: 25_000, type: 'multiple-choice' }, 'good'],
    [{ correct: true, elapsedMs: 40_000, type: 'scenario' }, 'good'],
    [{ correct: true, elapsedMs: 40_001, type: 'scenario' }, 'hard'],
    [{ correct: true, elapsedMs: 41_000, type: 'multiple-choice' }, 'hard'],
    // matching
    [{ correct: true, partial: 1, elapsedMs: 30_000, type: 'matching' }, 'good'],
    [{ correct: true, partial: 1, elapsedMs: 50_000, type: 'matching' }, 'hard'],
    [{ correct: false, partial: 0.75, elapsedMs: 10_000, type: 'matching' }, 'hard'],
    [{ correct: false, partial: 0.5, elapsedMs: 10_000, type: 'matching' }, 'hard'],
    [{ correct: false, partial: 0.49, elapsedMs: 10_000, type: 'matching' }, 'again'],
    [{ correct: false, partial: 0, elapsedMs: 10_000, type: 'matching' }, 'again'],
    [{ correct: false, elapsedMs: 10_000, type: 'matching' }, 'again'],
    // partial only counts for matching
    [{ correct: false, partial: 0.9, elapsedMs: 10_000, type: 'multiple-choice' }, 'again'],
    // a missing timing is not "slow"
    [{ correct: true, elapsedMs: Number.NaN, type: 'true-false' }, 'good'],
  ])('%o → %s', (input, grade) => {
    expect(gradeFromAnswer(input)).toBe(grade);
  });

  it('keeps its thresholds in one exported constant', () => {
    expect(QUIZ_GRADE_THRESHOLDS).toEqual({
      slowMs: { 'true-false': 20_000, 'multiple-choice': 40_000, scenario: 40_000, matching: 40_000 },
      matchingHardMinShare: 0.5,
    });
  });
});
