/**
 * The only file that imports ts-fsrs: conversions between our types and the library's.
 * Internal to lib/core/scheduler.
 */
import {
  type Card as FsrsCard,
  type Grade as FsrsGrade,
  default_w,
  fsrs,
  forgetting_curve,
  generatorParameters,
  Rating,
  State,
} from 'ts-fsrs';
import type { Grade, Phase, ReviewLogEntry, ReviewState, SchedulerSettings } from './types';

const GRADE_TO_RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
const RATING_TO_GRADE = new Map<number, Grade>(Object.entries(GRADE_TO_RATING).map(([g, r]) => [r, g as Grade]));
const STATE_TO_PHASE: Record<State, Phase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const PHASE_TO_STATE: Record<Phase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

export function toRating(grade: Grade): FsrsGrade {
  return GRADE_TO_RATING[grade];
}

export function toGrade(rating: number): Grade {
  const grade = RATING_TO_GRADE.get(rating);
  if (!grade) throw new Error(`not a grade rating: ${rating}`);
  return grade;
}

export function toFsrsCard(state: ReviewState): FsrsCard {
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: PHASE_TO_STATE[state.phase],
    ...(state.lastReview ? { last_review: state.lastReview } : {}),
  };
}

export function fromFsrsCard(card: FsrsCard): ReviewState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    phase: STATE_TO_PHASE[card.state],
    lastReview: card.last_review ?? null,
  };
}

export function toLogEntry(log: {
  rating: number;
  state: State;
  due: Date;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  last_elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  review: Date;
}): ReviewLogEntry {
  return {
    grade: toGrade(log.rating),
    phaseBefore: STATE_TO_PHASE[log.state],
    dueBefore: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    reviewedAt: log.review,
  };
}

/** FSRS-6's default parameters (what a learner without fitted ones is scheduled with). */
export const DEFAULT_FSRS_PARAMETERS: readonly number[] = Object.freeze([...default_w]);

/** Probability of recall `elapsedDays` after a review that left stability `stability`, under `parameters`' decay. */
export function recallProbability(parameters: readonly number[], elapsedDays: number, stability: number): number {
  return forgetting_curve(parameters, elapsedDays, stability);
}

const MAX_CACHED_SCHEDULERS = 2000;
const schedulers = new Map<string, ReturnType<typeof fsrs>>();

/** A ts-fsrs scheduler for these settings (cached: settings change rarely). Fuzz is seeded by the card, so results are repeatable. */
export function schedulerFor(settings: SchedulerSettings): ReturnType<typeof fsrs> {
  const key = JSON.stringify([
    settings.desiredRetention,
    settings.maximumIntervalDays,
    settings.learningSteps,
    settings.relearningSteps,
    settings.parameters,
  ]);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        request_retention: settings.desiredRetention,
        maximum_interval: settings.maximumIntervalDays,
        enable_fuzz: true,
        enable_short_term: true,
        learning_steps: [...settings.learningSteps],
        relearning_steps: [...settings.relearningSteps],
        ...(settings.parameters ? { w: [...settings.parameters] } : {}),
      }),
    );
    // One per distinct settings (learners with fitted parameters each have their own): bounded.
    if (schedulers.size >= MAX_CACHED_SCHEDULERS) schedulers.clear();
    schedulers.set(key, scheduler);
  }
  return scheduler;
}
