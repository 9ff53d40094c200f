/**
 * Grades a mock-interview answer against its prompt's rubric (DESIGN.md §7).
 *
 * Each criterion gets miss / meets / delights from the concepts asserted in the answer's
 * sentences and the reasoning around them (see gradeCriterion). The score is the weighted
 * mean of criterion points (miss 0, meets 1, delights 2) on 0–100: 50 is "meets on every
 * criterion". Verdict: delights at 70+ with at most one criterion missed; meets at 35+
 * (about 70% of the rubric's weight met); else miss. Asserted traps pull it down: each one
 * lowers the ceiling by a level (one trap: at most meets; two: miss). A keyword dump (an
 * answer written mostly as fragments) or an answer with no rubric concept is a miss.
 * The thresholds were calibrated once against tests/fixtures/answers (labels decided
 * before grading); see tests/unit/rubric/calibration.test.ts.
 *
 * Pure and deterministic: the same input gives the same output.
 */
import { analyseAnswer } from './analyse-answer';
import { compilePrompt } from './compile-prompt';
import { findTraps } from './find-traps';
import { gradeCriterion } from './grade-criterion';
import type { GradeInput, GradeResult, Level } from './types';

export const DELIGHTS_AT = 70;
export const MEETS_AT = 35;
const LEVELS: readonly Level[] = ['miss', 'meets', 'delights'];

export function gradeAnswer(input: GradeInput): GradeResult {
  const compiled = compilePrompt(input.prompt);
  const analysed = analyseAnswer(input.answer, compiled);
  const criteria = input.prompt.criteria.map((c) => gradeCriterion(c, analysed, compiled));
  const traps = findTraps(analysed, input.misconceptions);

  let points = 0;
  let total = 0;
  input.prompt.criteria.forEach((c, i) => {
    points += c.weight * (criteria[i]?.score ?? 0);
    total += c.weight * 2;
  });
  const score = total > 0 ? Math.round((100 * points) / total) : 0;
  const missed = criteria.filter((c) => c.level === 'miss').length;
  const anyConcept = criteria.some((c) => c.concepts.length > 0);

  let verdict: Level = score >= DELIGHTS_AT && missed <= 1 ? 'delights' : score >= MEETS_AT ? 'meets' : 'miss';
  const ceiling = LEVELS[Math.max(0, LEVELS.length - 1 - traps.length)] ?? 'miss';
  if (LEVELS.indexOf(verdict) > LEVELS.indexOf(ceiling)) verdict = ceiling;
  if (analysed.keywordDump || !anyConcept) verdict = 'miss';

  return { prompt: input.prompt.id, verdict, score, criteria, traps, wordCount: analysed.wordCount };
}
