/**
 * The grader seam: anything that turns a GradeInput into a GradeResult. The rule-based
 * grader is the deterministic one below; a model-based grader can implement the same
 * interface later and be compared against the same calibration set.
 */
import { gradeAnswer } from './grade-answer';
import type { Grader } from './types';

export type { Grader, GradeInput, GradeResult } from './types';

export const ruleBasedGrader: Grader = {
  id: 'rule-based',
  grade: (input) => Promise.resolve(gradeAnswer(input)),
};
