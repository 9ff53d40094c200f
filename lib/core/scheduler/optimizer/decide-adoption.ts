import type { FsrsEvaluation } from './types';

/**
 * Adopt fitted parameters only when they predict the learner's held-out reviews better on both
 * figures: lower log loss and lower RMSE (bins). A tie keeps what is in use (a change has a cost: the
 * learner's intervals move).
 */
export function decideAdoption(current: FsrsEvaluation, fitted: FsrsEvaluation): boolean {
  return fitted.logLoss < current.logLoss && fitted.rmse < current.rmse;
}
