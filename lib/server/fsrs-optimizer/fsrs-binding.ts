import 'server-only';
import { createRequire } from 'node:module';

/**
 * The part of fsrs-rs's Node binding (napi-rs, @open-spaced-repetition/binding 0.5.0, index.d.ts)
 * that Delight uses. We depend on the Linux x64 package directly, not on the wrapper whose
 * optional per-platform packages stop at 0.1.2 and break `npm ci` (ADR 032); the wrapper's
 * index.cjs only re-exports the native module, so loading it directly loses nothing.
 */
export type BindingReview = object;
export type BindingItem = object;
export type ModelEvaluation = { logLoss: number; rmseBins: number };
export type ComputeParametersOptions = {
  enableShortTerm: boolean;
  numRelearningSteps?: number;
  progress?: (current: number, total: number) => boolean | undefined | void;
  /** Not used: in 0.5.0 a run given a timeout never settles (ADR 032). */
  timeout?: number;
};
export type FsrsNative = {
  FSRSBindingReview: new (rating: number, deltaT: number) => BindingReview;
  FSRSBindingItem: new (reviews: BindingReview[]) => BindingItem;
  FSRSBinding: new (parameters?: number[]) => { evaluate(items: BindingItem[]): ModelEvaluation };
  computeParameters(items: BindingItem[], options?: ComputeParametersOptions): Promise<number[]>;
  evaluateWithTimeSeriesSplits(items: BindingItem[], options?: ComputeParametersOptions): Promise<ModelEvaluation>;
};

export const FSRS_BINDING_PACKAGE = '@open-spaced-repetition/binding-linux-x64-gnu';

let loaded: { native: FsrsNative } | { native: null; reason: string } | undefined;

/**
 * The native optimizer, or null with the reason on a platform without it (only Linux x64 glibc has a
 * 0.5.0 build): the app then runs and schedules as before, and the settings page says the optimizer
 * is unavailable. `DELIGHT_DISABLE_FSRS_OPTIMIZER=1` simulates that platform (tests).
 */
export function loadFsrsBinding(): { native: FsrsNative } | { native: null; reason: string } {
  if (process.env.DELIGHT_DISABLE_FSRS_OPTIMIZER === '1') return { native: null, reason: 'disabled on this server' };
  if (!loaded) {
    try {
      const require = createRequire(import.meta.url);
      loaded = { native: require(FSRS_BINDING_PACKAGE) as FsrsNative };
    } catch (error) {
      loaded = {
        native: null,
        reason: `no FSRS optimizer build for ${process.platform}-${process.arch} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      };
    }
  }
  return loaded;
}
