/** Delight's own scheduling types: the rest of the app never sees ts-fsrs. */

export const GRADES = ['again', 'hard', 'good', 'easy'] as const;
export type Grade = (typeof GRADES)[number];

export const PHASES = ['new', 'learning', 'review', 'relearning'] as const;
export type Phase = (typeof PHASES)[number];

/** A learner's memory of one card (or mock prompt). Dates are instants. */
export type ReviewState = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  /** Index of the current learning/relearning step. */
  learningSteps: number;
  reps: number;
  lapses: number;
  phase: Phase;
  lastReview: Date | null;
};

/** What FSRS needs to re-optimise parameters later, stored with every review. */
export type ReviewLogEntry = {
  grade: Grade;
  phaseBefore: Phase;
  dueBefore: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Date;
};

export type SchedulerSettings = {
  /** Probability of recall FSRS aims for when the card comes due (0.70–0.97). */
  desiredRetention: number;
  maximumIntervalDays: number;
  /** When set and in the future, no card is scheduled after it. */
  interviewDate: Date | null;
  /** Anki-style steps, e.g. ['1m', '10m']. */
  learningSteps: readonly StepText[];
  relearningSteps: readonly StepText[];
  /** FSRS-6 parameters fitted to this learner (21 numbers, ADR 032); null = the FSRS-6 defaults. */
  parameters: readonly number[] | null;
};

export type StepText = `${number}${'m' | 'h' | 'd'}`;

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = {
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  interviewDate: null,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  parameters: null,
};

export const RETENTION_BOUNDS = { min: 0.7, max: 0.97 } as const;
