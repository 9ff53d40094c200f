/**
 * The grader's scale (ADR 004, ADR 010): criterion levels are worth miss 0, meets 1, delights 2
 * points; the score is their weighted mean on 0–100 (50 is "meets on every criterion"). A
 * verdict is delights at 70+ with at most one criterion missed or with three criteria at delights, meets at 35+, else miss — before
 * the grader's own rules on traps, errors and the decision. Small and dependency-free, so that
 * pages and the review form can use it without loading the grader.
 */
import type { Level } from '@/lib/core/content/types';

export const DELIGHTS_AT = 70;
export const MEETS_AT = 35;
/** Criteria at delights that make the verdict delights whatever the score (ADR 027). */
export const DELIGHTS_IN_DEPTH = 3;
const POINTS: Record<Level, number> = { miss: 0, meets: 1, delights: 2 };

/** The weighted score (0–100) and the verdict the levels give on the scale alone. */
export function scoreLevels(levels: readonly { level: Level; weight: number }[]): { score: number; verdict: Level } {
  let points = 0;
  let total = 0;
  for (const l of levels) {
    points += l.weight * POINTS[l.level];
    total += l.weight * 2;
  }
  const score = total > 0 ? Math.round((100 * points) / total) : 0;
  const missed = levels.filter((l) => l.level === 'miss').length;
  // breadth (70+, at most one gap) or depth (several criteria at delights): senior answers go deep where
  // the decision turns and skip what does not matter to it, and interviewers reward that
  const deep = levels.filter((l) => l.level === 'delights').length >= DELIGHTS_IN_DEPTH;
  const verdict: Level =
    (score >= DELIGHTS_AT && missed <= 1) || deep ? 'delights' : score >= MEETS_AT ? 'meets' : 'miss';
  return { score, verdict };
}
