import type { Phase } from '../scheduler/types';

/** One answer, as the stats need it. grade: 1 again … 4 easy. */
export type ReviewEvent = { reviewedAt: Date; grade: number; phaseBefore: Phase };
