import 'server-only';
import { randomUUID } from 'node:crypto';
import { MIN_REVIEWS_TO_OPTIMIZE } from '@/lib/core/scheduler/optimizer/optimization-threshold';
import { db } from '../db';
import { optimizeFsrsParameters, type OptimizerDeps } from '../mutations/optimize-fsrs-parameters';
import { acquireLease } from './acquire-lease';
import { releaseLease } from './release-lease';

const WEEK_MS = 7 * 86_400_000;
export const WEEKLY_SWEEP_LEASE = 'fsrs-weekly-sweep';
const SWEEP_LEASE_MS = 60 * 60_000;

/**
 * One sweep of the weekly optimization (ADR 032): every learner with enough history whose last run
 * started a week or more ago (or who never had one) gets a run, one after another. Only one server
 * process sweeps at a time (a lease in the database); each learner's run takes that learner's own
 * lease, so it never overlaps a run they started themselves. Returns the learners optimized.
 */
export async function runWeeklyFsrsOptimization(now: Date, deps: OptimizerDeps = {}): Promise<string[]> {
  const holder = randomUUID();
  if (!(await acquireLease(WEEKLY_SWEEP_LEASE, holder, now, SWEEP_LEASE_MS))) return [];
  try {
    const learners = await db.reviewLog.groupBy({
      by: ['userId'],
      where: { undoneAt: null },
      having: { userId: { _count: { gte: MIN_REVIEWS_TO_OPTIMIZE } } },
    });
    const done: string[] = [];
    for (const { userId } of learners) {
      const last = await db.fsrsOptimization.findFirst({
        where: { userId },
        orderBy: { startedAt: 'desc' },
        select: { startedAt: true },
      });
      if (last && now.getTime() - last.startedAt.getTime() < WEEK_MS) continue;
      const result = await optimizeFsrsParameters(userId, 'weekly', new Date(), deps);
      if (result.ok) done.push(userId);
    }
    return done;
  } finally {
    await releaseLease(WEEKLY_SWEEP_LEASE, holder);
  }
}
