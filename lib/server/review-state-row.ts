import 'server-only';
import { PHASES, type Grade, GRADES, type Phase, type ReviewState } from '@/lib/core/scheduler/types';

/** The columns of a ReviewState row that hold the FSRS state. */
export type ReviewStateColumns = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: number;
  lastReview: Date | null;
};

/** Prisma `select` of a state row's card id and FSRS columns. */
export const REVIEW_STATE_SELECT = {
  cardId: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  phase: true,
  lastReview: true,
} as const;

export function phaseFromNumber(n: number): Phase {
  const phase = PHASES[n];
  if (!phase) throw new Error(`unknown phase number ${n}`);
  return phase;
}

export const phaseToNumber = (phase: Phase): number => PHASES.indexOf(phase);
export const gradeToNumber = (grade: Grade): number => GRADES.indexOf(grade) + 1;
export function gradeFromNumber(n: number): Grade {
  const grade = GRADES[n - 1];
  if (!grade) throw new Error(`unknown grade number ${n}`);
  return grade;
}

export function rowToReviewState(row: ReviewStateColumns): ReviewState {
  return { ...row, phase: phaseFromNumber(row.phase) };
}

export function reviewStateToRow(state: ReviewState): ReviewStateColumns {
  return { ...state, phase: phaseToNumber(state.phase) };
}

/** JSON snapshot of a state, for the review log (dates as ISO strings). */
export function serializeReviewState(state: ReviewState): string {
  return JSON.stringify(state);
}

export function parseReviewState(json: string): ReviewState {
  const raw = JSON.parse(json) as Omit<ReviewState, 'due' | 'lastReview'> & { due: string; lastReview: string | null };
  return { ...raw, due: new Date(raw.due), lastReview: raw.lastReview ? new Date(raw.lastReview) : null };
}
