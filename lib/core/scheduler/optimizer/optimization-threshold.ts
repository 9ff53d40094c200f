/**
 * Answers a learner needs before "Optimize my scheduler" is offered (ADR 032). fsrs-rs fits all 21
 * parameters from about this much history (Anki's guidance: a few hundred reviews; below that its
 * fits fall back towards the defaults and the time-series evaluation's first segment is tiny).
 */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;

/** Whether the optimizer is offered, and if not, how many more answers are needed. */
export function optimizationEligibility(reviewCount: number): { eligible: true } | { eligible: false; needed: number } {
  return reviewCount >= MIN_REVIEWS_TO_OPTIMIZE
    ? { eligible: true }
    : { eligible: false, needed: MIN_REVIEWS_TO_OPTIMIZE - reviewCount };
}
