import type { Grade, Level } from './types';

const GRADES: Record<Level, Grade> = { miss: 'again', meets: 'good', delights: 'easy' };

/** A submitted attempt is a review of its prompt: miss → again, meets → good, delights → easy. */
export function gradeFromVerdict(verdict: Level): Grade {
  return GRADES[verdict];
}
