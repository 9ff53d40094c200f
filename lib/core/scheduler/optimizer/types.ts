import type { Grade, Phase } from '../types';

/** One answer in a learner's review log, as the optimizer needs it. */
export type AnswerRecord = { cardId: string; grade: Grade; reviewedAt: Date; phaseBefore: Phase };

/** One review inside a training item: Anki's rating (1–4) and whole study days since the card's previous review. */
export type TrainingReview = { rating: number; deltaT: number };

/**
 * What the FSRS optimizer (fsrs-rs) trains on: a card's reviews up to and including the one whose
 * outcome is predicted (the last). The first review's deltaT is 0.
 */
export type TrainingItem = { reviews: TrainingReview[] };

/** Log loss and RMSE (bins) of one parameter set on held-out reviews (lower is better for both). */
export type FsrsEvaluation = { logLoss: number; rmse: number };
