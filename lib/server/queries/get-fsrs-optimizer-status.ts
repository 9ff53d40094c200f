import 'server-only';
import {
  MIN_REVIEWS_TO_OPTIMIZE,
  optimizationEligibility,
} from '@/lib/core/scheduler/optimizer/optimization-threshold';
import { db } from '../db';
import { loadFsrsBinding } from '../fsrs-optimizer/fsrs-binding';
import { countAnswers, optimizerLeaseName, type OptimizationStatus } from '../mutations/optimize-fsrs-parameters';

export type OptimizerRun = {
  id: string;
  trigger: string;
  /** `interrupted`: marked running, but its lease is gone (the server stopped mid-run): it changed nothing. */
  status: OptimizationStatus | 'interrupted';
  startedAt: Date;
  finishedAt: Date | null;
  progress: number;
  reviewCount: number;
  logLossBefore: number | null;
  rmseBefore: number | null;
  logLossAfter: number | null;
  rmseAfter: number | null;
  message: string | null;
};

export type FsrsOptimizerStatus = {
  available: boolean;
  unavailableReason: string | null;
  reviewCount: number;
  threshold: number;
  /** Answers still needed before the optimizer is offered (0 = offered). */
  needed: number;
  /** The learner is scheduled with parameters fitted to them (else the FSRS-6 defaults). */
  personal: boolean;
  latest: OptimizerRun | null;
};

/** What the settings page shows about the learner's scheduler optimization. */
export async function getFsrsOptimizerStatus(userId: string, now: Date): Promise<FsrsOptimizerStatus> {
  const binding = loadFsrsBinding();
  const [reviewCount, settings, latest, lease] = await Promise.all([
    countAnswers(userId),
    db.studySettings.findUnique({ where: { userId }, select: { fsrsParameters: true } }),
    db.fsrsOptimization.findFirst({ where: { userId }, orderBy: { startedAt: 'desc' } }),
    db.jobLease.findUnique({ where: { name: optimizerLeaseName(userId) } }),
  ]);
  const eligibility = optimizationEligibility(reviewCount);
  let run: OptimizerRun | null = null;
  if (latest) {
    const leaseHeld = lease !== null && lease.holder === latest.id && lease.expiresAt > now;
    run = {
      ...latest,
      status: latest.status === 'running' && !leaseHeld ? 'interrupted' : (latest.status as OptimizationStatus),
    };
  }
  return {
    available: binding.native !== null,
    unavailableReason: binding.native ? null : binding.reason,
    reviewCount,
    threshold: MIN_REVIEWS_TO_OPTIMIZE,
    needed: eligibility.eligible ? 0 : eligibility.needed,
    personal: settings?.fsrsParameters != null,
    latest: run,
  };
}
