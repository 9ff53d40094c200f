import 'server-only';
import type { FsrsEvaluation, TrainingItem } from '@/lib/core/scheduler/optimizer/types';
import type { BindingItem, FsrsNative } from './fsrs-binding';

export type FsrsFit = {
  /** Fitted on the whole history: what the learner is scheduled with if adopted. */
  fitted: number[];
  /** The parameters in use, on the time-series evaluation's held-out segments. */
  current: FsrsEvaluation;
  /** Parameters fitted on each segment's past, on that segment. */
  candidate: FsrsEvaluation;
};

/** fsrs-rs's TimeSeriesSplit: 5 folds; fold k trains on the first k+1 sixths and tests on the next (the last takes the rest). */
export function timeSeriesFolds(itemCount: number, splits = 5): { trainEnd: number; testEnd: number }[] {
  const segment = Math.floor(itemCount / (splits + 1));
  if (segment === 0) return [];
  return Array.from({ length: splits }, (_, i) => ({
    trainEnd: (i + 1) * segment,
    testEnd: i === splits - 1 ? itemCount : (i + 2) * segment,
  }));
}

export function toBindingItems(native: FsrsNative, items: readonly TrainingItem[]): BindingItem[] {
  return items.map(
    (item) => new native.FSRSBindingItem(item.reviews.map((r) => new native.FSRSBindingReview(r.rating, r.deltaT))),
  );
}

/** Folds' figures as one: log loss is a mean over items (weighted by fold size); RMSE pooled as the root of the mean square. */
function combine(parts: { n: number; logLoss: number; rmse: number }[]): FsrsEvaluation {
  const total = parts.reduce((sum, p) => sum + p.n, 0);
  return {
    logLoss: parts.reduce((sum, p) => sum + p.n * p.logLoss, 0) / total,
    rmse: Math.sqrt(parts.reduce((sum, p) => sum + p.n * p.rmse * p.rmse, 0) / total),
  };
}

/**
 * Fits FSRS-6 parameters to the items with fsrs-rs, and scores them against `current` with a
 * time-series evaluation: fsrs-rs's split (ADR 032), where each fold's candidate is fitted only on
 * the reviews before its test segment, and both parameter sets are scored on that segment by the same
 * fsrs-rs `evaluate` (same weighting). fsrs-rs's own `evaluateWithTimeSeriesSplits` scores only the
 * candidate, unweighted, so its figure can't be set against `evaluate` of the current parameters.
 * Runs on libuv's thread pool (napi async tasks): the event loop keeps serving requests.
 */
export async function fitFsrsParameters(
  native: FsrsNative,
  items: readonly TrainingItem[],
  current: readonly number[],
  onProgress: (share: number) => void,
): Promise<FsrsFit> {
  const all = toBindingItems(native, items);
  const folds = timeSeriesFolds(all.length);
  if (folds.length === 0) throw new Error('not enough reviews on separate days to evaluate');
  // No `timeout`: with it, binding 0.5.0's computeParameters never settles (found here, ADR 032);
  // a run that hangs is bounded by its lease instead.
  const options = { enableShortTerm: true, numRelearningSteps: 1 };
  let done = 0;
  const fit = async (train: BindingItem[]) => {
    const parameters = await native.computeParameters(train, options);
    onProgress(++done / (folds.length + 1));
    return parameters;
  };
  const [fitted, ...foldFits] = await Promise.all([fit(all), ...folds.map((f) => fit(all.slice(0, f.trainEnd)))]);
  const scoreWith = new native.FSRSBinding([...current]);
  const currentParts = [];
  const candidateParts = [];
  for (const [i, fold] of folds.entries()) {
    const test = all.slice(fold.trainEnd, fold.testEnd);
    let mine, theirs;
    try {
      mine = new native.FSRSBinding(foldFits[i]!).evaluate(test);
      theirs = scoreWith.evaluate(test);
    } catch (error) {
      // fsrs-rs can't score a fold it finds too small (short histories): leave it out for both sides.
      if (error instanceof Error && error.message.includes('NotEnoughData')) continue;
      throw error;
    }
    candidateParts.push({ n: test.length, logLoss: mine.logLoss, rmse: mine.rmseBins });
    currentParts.push({ n: test.length, logLoss: theirs.logLoss, rmse: theirs.rmseBins });
  }
  if (candidateParts.length === 0) throw new Error('not enough reviews on separate days to evaluate');
  return { fitted: fitted!, current: combine(currentParts), candidate: combine(candidateParts) };
}
