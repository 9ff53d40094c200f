import 'server-only';
import { randomUUID } from 'node:crypto';
import { DEFAULT_FSRS_PARAMETERS } from '@/lib/core/scheduler/fsrs';
import { buildTrainingItems } from '@/lib/core/scheduler/optimizer/build-training-items';
import { decideAdoption } from '@/lib/core/scheduler/optimizer/decide-adoption';
import { parseFsrsParameters } from '@/lib/core/scheduler/optimizer/fsrs-parameters';
import { optimizationEligibility } from '@/lib/core/scheduler/optimizer/optimization-threshold';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { fitFsrsParameters } from '../fsrs-optimizer/fit-fsrs-parameters';
import { loadFsrsBinding } from '../fsrs-optimizer/fsrs-binding';
import { acquireLease } from '../jobs/acquire-lease';
import { releaseLease } from '../jobs/release-lease';
import { gradeFromNumber, phaseFromNumber } from '../review-state-row';

export type OptimizationTrigger = 'manual' | 'weekly';
export type OptimizationStatus = 'running' | 'adopted' | 'kept' | 'failed';

/** Seams for tests: the optimizer (native binding) and the fit itself. */
export type OptimizerDeps = { binding?: typeof loadFsrsBinding; fit?: typeof fitFsrsParameters };

/** A run holds its learner's lease at most this long (a fit of 10,000 reviews takes seconds). */
export const OPTIMIZER_LEASE_MS = 15 * 60_000;
const PROGRESS_EVERY_MS = 500;

export const optimizerLeaseName = (userId: string) => `fsrs-optimize:${userId}`;

/** Answers that count (not undone). */
export function countAnswers(userId: string): Promise<number> {
  return db.reviewLog.count({ where: { userId, undoneAt: null } });
}

/**
 * Starts an optimizer run for the learner, fast enough for a request: checks the optimizer is
 * available and the learner has enough history, takes the learner's lease (shared by every server
 * process, so two runs never overlap) and records the run as running. The fit itself is
 * `finishFsrsOptimization`, which the caller runs off the request path.
 */
export async function beginFsrsOptimization(
  userId: string,
  trigger: OptimizationTrigger,
  now: Date,
  deps: OptimizerDeps = {},
): Promise<ActionResult<{ runId: string }>> {
  const binding = (deps.binding ?? loadFsrsBinding)();
  if (!binding.native)
    return fail('unavailable', `The scheduler optimizer is not available on this server: ${binding.reason}.`);
  const reviewCount = await countAnswers(userId);
  const eligibility = optimizationEligibility(reviewCount);
  if (!eligibility.eligible) {
    return fail('not_enough_history', `The optimizer needs ${eligibility.needed.toLocaleString('en')} more reviews.`);
  }
  const runId = randomUUID();
  if (!(await acquireLease(optimizerLeaseName(userId), runId, now, OPTIMIZER_LEASE_MS))) {
    return fail('busy', 'An optimization is already running for you.');
  }
  try {
    await db.fsrsOptimization.create({
      data: { id: runId, userId, trigger, status: 'running', startedAt: now, reviewCount },
    });
  } catch (error) {
    await releaseLease(optimizerLeaseName(userId), runId);
    throw error;
  }
  return { ok: true, data: { runId } };
}

/**
 * The run itself: fits parameters to the learner's review log with fsrs-rs, scores them and the
 * parameters in use on the same held-out reviews (time-series evaluation), and adopts them only when
 * both log loss and RMSE are lower. The run's figures and the adoption commit in one transaction; on
 * any failure the run is marked failed and the learner's parameters are untouched. Always gives the
 * lease back.
 */
export async function finishFsrsOptimization(runId: string, deps: OptimizerDeps = {}): Promise<OptimizationStatus> {
  const run = await db.fsrsOptimization.findUniqueOrThrow({ where: { id: runId } });
  const { userId } = run;
  try {
    const binding = (deps.binding ?? loadFsrsBinding)();
    if (!binding.native) throw new Error(binding.reason);
    const [settings, rows] = await Promise.all([
      db.studySettings.findUnique({
        where: { userId },
        select: { timeZone: true, dayStartHour: true, fsrsParameters: true },
      }),
      db.reviewLog.findMany({
        where: { userId, undoneAt: null },
        select: { cardId: true, grade: true, reviewedAt: true, phaseBefore: true },
        orderBy: { reviewedAt: 'asc' },
      }),
    ]);
    const answers = rows.map((r) => ({
      ...r,
      grade: gradeFromNumber(r.grade),
      phaseBefore: phaseFromNumber(r.phaseBefore),
    }));
    const items = buildTrainingItems(answers, settings?.timeZone ?? 'UTC', settings?.dayStartHour ?? 4);
    const storedBefore = settings?.fsrsParameters ?? null;
    const current = parseFsrsParameters(storedBefore) ?? DEFAULT_FSRS_PARAMETERS;
    let lastProgress = 0;
    const fit = await (deps.fit ?? fitFsrsParameters)(binding.native, items, current, (share) => {
      if (Date.now() - lastProgress < PROGRESS_EVERY_MS) return;
      lastProgress = Date.now();
      db.fsrsOptimization
        .updateMany({ where: { id: runId, status: 'running' }, data: { progress: Math.min(share, 0.99) } })
        .catch((error: unknown) => console.warn('fsrs optimizer: progress not saved', error));
    });
    const adopt = decideAdoption(fit.current, fit.candidate);
    const status: OptimizationStatus = adopt ? 'adopted' : 'kept';
    const fittedJson = JSON.stringify(fit.fitted);
    await db.$transaction(async (tx) => {
      const updated = await tx.fsrsOptimization.updateMany({
        where: { id: runId, status: 'running' },
        data: {
          status,
          finishedAt: new Date(),
          progress: 1,
          parametersBefore: storedBefore,
          parametersFitted: fittedJson,
          logLossBefore: fit.current.logLoss,
          rmseBefore: fit.current.rmse,
          logLossAfter: fit.candidate.logLoss,
          rmseAfter: fit.candidate.rmse,
          message: `${items.length.toLocaleString('en')} reviews scored`,
        },
      });
      if (updated.count !== 1) throw new Error('the run was no longer running');
      if (adopt) {
        // Only if nobody changed the parameters meanwhile (the lease makes that unlikely, not impossible).
        const changed = await tx.studySettings.updateMany({
          where: { userId, fsrsParameters: storedBefore },
          data: { fsrsParameters: fittedJson },
        });
        if (changed.count === 0) {
          if (storedBefore !== null) throw new Error('the parameters changed during the run');
          await tx.studySettings.create({ data: { userId, fsrsParameters: fittedJson } });
        }
      }
    });
    return status;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`fsrs optimizer: run ${runId} failed`, error);
    await db.fsrsOptimization.updateMany({
      where: { id: runId, status: 'running' },
      data: { status: 'failed', finishedAt: new Date(), message: message.slice(0, 500) },
    });
    return 'failed';
  } finally {
    await releaseLease(optimizerLeaseName(userId), runId);
  }
}

/** Begin and finish in one go (the weekly job, tests): the run's status, or why it did not start. */
export async function optimizeFsrsParameters(
  userId: string,
  trigger: OptimizationTrigger,
  now: Date,
  deps: OptimizerDeps = {},
): Promise<ActionResult<{ runId: string; status: OptimizationStatus }>> {
  const begun = await beginFsrsOptimization(userId, trigger, now, deps);
  if (!begun.ok) return begun;
  return { ok: true, data: { runId: begun.data.runId, status: await finishFsrsOptimization(begun.data.runId, deps) } };
}
