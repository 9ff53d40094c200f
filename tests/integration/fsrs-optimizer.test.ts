import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FSRS_PARAMETERS } from '@/lib/core/scheduler/fsrs';
import { buildTrainingItems } from '@/lib/core/scheduler/optimizer/build-training-items';
import { simulateLearner } from '@/lib/core/scheduler/optimizer/simulate-learner';
import { createSeededRandom } from '@/lib/core/seeded-random';
import { db } from '@/lib/server/db';
import { toBindingItems } from '@/lib/server/fsrs-optimizer/fit-fsrs-parameters';
import { loadFsrsBinding, type FsrsNative } from '@/lib/server/fsrs-optimizer/fsrs-binding';
import { acquireLease } from '@/lib/server/jobs/acquire-lease';
import { runWeeklyFsrsOptimization, WEEKLY_SWEEP_LEASE } from '@/lib/server/jobs/run-weekly-fsrs-optimization';
import {
  beginFsrsOptimization,
  finishFsrsOptimization,
  optimizeFsrsParameters,
  optimizerLeaseName,
} from '@/lib/server/mutations/optimize-fsrs-parameters';
import { getFsrsOptimizerStatus } from '@/lib/server/queries/get-fsrs-optimizer-status';
import { getStudySettings } from '@/lib/server/queries/get-study-settings';
import { getReschedulePreview } from '@/lib/server/queries/get-reschedule-preview';
import { rescheduleCards } from '@/lib/server/mutations/reschedule-cards';
import { seedContent } from '../factories/content';
import { SIMULATED_TRUE_PARAMETERS, simulatedHistoryRows } from '../factories/simulated-history';
import { makeUser } from '../factories/users';
import { failInsertsWhere } from './fail-inserts';

const NOW = new Date('2026-11-20T12:00:00Z');
let cardIds: string[] = [];

beforeAll(async () => {
  await seedContent();
  cardIds = (await db.card.findMany({ where: { retiredAt: null }, select: { id: true }, orderBy: { id: 'asc' } })).map(
    (c) => c.id,
  );
});

function native(): FsrsNative {
  const binding = loadFsrsBinding();
  if (!binding.native) throw new Error(`this test needs the optimizer: ${binding.reason}`);
  return binding.native;
}

/** A learner whose log is the simulated learner's `days` of study (at least 400 answers for 40+ days). */
async function learnerWithHistory(days = 60, seed = 'history') {
  const user = await makeUser();
  const rows = simulatedHistoryRows(user.id, cardIds.slice(0, 150), { days, end: NOW, seed });
  await db.reviewLog.createMany({ data: rows });
  return { ...user, answers: rows.length };
}

describe('fitting FSRS to a simulated learner (known non-default memory)', () => {
  it('the fitted parameters beat the defaults on held-out reviews (log loss and RMSE)', async () => {
    const answers = simulateLearner({
      trueParameters: SIMULATED_TRUE_PARAMETERS,
      cards: 300,
      newPerDay: 10,
      days: 90,
      start: new Date('2026-06-01T08:00:00Z'),
      random: createSeededRandom('held-out'),
    });
    const items = buildTrainingItems(answers, 'UTC', 4);
    // Train on the first 80 % in time, score on the last 20 %, which the fit never saw.
    const cut = Math.floor(items.length * 0.8);
    const fsrs = native();
    const fitted = await fsrs.computeParameters(toBindingItems(fsrs, items.slice(0, cut)), {
      enableShortTerm: true,
      numRelearningSteps: 1,
    });
    const heldOut = toBindingItems(fsrs, items.slice(cut));
    const defaults = new fsrs.FSRSBinding([...DEFAULT_FSRS_PARAMETERS]).evaluate(heldOut);
    const personal = new fsrs.FSRSBinding(fitted).evaluate(heldOut);
    const truth = new fsrs.FSRSBinding([...SIMULATED_TRUE_PARAMETERS]).evaluate(heldOut);
    console.info(
      `simulated learner: ${answers.length} answers, ${items.length} items, ${items.length - cut} held out — ` +
        `log loss defaults ${defaults.logLoss.toFixed(4)} → fitted ${personal.logLoss.toFixed(4)} (true ${truth.logLoss.toFixed(4)}); ` +
        `RMSE defaults ${defaults.rmseBins.toFixed(4)} → fitted ${personal.rmseBins.toFixed(4)} (true ${truth.rmseBins.toFixed(4)})`,
    );
    expect(personal.logLoss).toBeLessThan(defaults.logLoss);
    expect(personal.rmseBins).toBeLessThan(defaults.rmseBins);
    // And the fit moved towards the learner's real memory: new cards are forgotten faster than the defaults say.
    expect(fitted[2]!).toBeLessThan(DEFAULT_FSRS_PARAMETERS[2]!);
  }, 120_000);

  it('a run adopts the fitted parameters, stores both figures, and the scheduler uses them', async () => {
    const user = await learnerWithHistory();
    const result = await optimizeFsrsParameters(user.id, 'manual', NOW);
    const run = await db.fsrsOptimization.findFirstOrThrow({ where: { userId: user.id } });
    console.info(
      `run on ${run.reviewCount} answers — time-series evaluation: log loss ${run.logLossBefore?.toFixed(4)} → ${run.logLossAfter?.toFixed(4)}, RMSE ${run.rmseBefore?.toFixed(4)} → ${run.rmseAfter?.toFixed(4)}`,
    );
    expect(result).toMatchObject({ ok: true, data: { status: 'adopted' } });
    expect(run.logLossAfter!).toBeLessThan(run.logLossBefore!);
    expect(run.rmseAfter!).toBeLessThan(run.rmseBefore!);
    expect(run.finishedAt).not.toBeNull();
    const settings = await getStudySettings(user.id);
    expect(settings.scheduler.parameters).toEqual(JSON.parse(run.parametersFitted!));
    expect(await db.jobLease.count({ where: { name: optimizerLeaseName(user.id) } })).toBe(0);
    const status = await getFsrsOptimizerStatus(user.id, NOW);
    expect(status).toMatchObject({ personal: true, needed: 0, latest: { status: 'adopted' } });
  }, 120_000);
});

describe('one run at a time (a lease in the database)', () => {
  it('of two concurrent runs for a learner, one runs and the other is told it is busy', async () => {
    const user = await learnerWithHistory(45, 'lease');
    const [a, b] = await Promise.all([
      beginFsrsOptimization(user.id, 'manual', NOW),
      beginFsrsOptimization(user.id, 'weekly', NOW),
    ]);
    const started = [a, b].filter((r) => r.ok);
    expect(started).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, code: 'busy' });
    expect(await db.fsrsOptimization.count({ where: { userId: user.id } })).toBe(1);
    if (!started[0]?.ok) throw new Error('unreachable');
    // While it runs the page shows it running; afterwards the lease is free again.
    expect((await getFsrsOptimizerStatus(user.id, NOW)).latest?.status).toBe('running');
    await finishFsrsOptimization(started[0].data.runId);
    expect((await beginFsrsOptimization(user.id, 'manual', NOW)).ok).toBe(true);
  }, 120_000);

  it('an expired lease can be taken over; an unexpired one cannot', async () => {
    expect(await acquireLease('test-lease', 'one', NOW, 60_000)).toBe(true);
    expect(await acquireLease('test-lease', 'two', new Date(NOW.getTime() + 59_000), 60_000)).toBe(false);
    expect(await acquireLease('test-lease', 'two', new Date(NOW.getTime() + 60_000), 60_000)).toBe(true);
    expect((await db.jobLease.findUniqueOrThrow({ where: { name: 'test-lease' } })).holder).toBe('two');
  });

  it('the weekly sweep skips when another process holds its lease, and otherwise runs learners due a run', async () => {
    const user = await learnerWithHistory(45, 'weekly');
    await acquireLease(WEEKLY_SWEEP_LEASE, 'other-process', NOW, 60_000);
    expect(await runWeeklyFsrsOptimization(NOW)).toEqual([]);
    await db.jobLease.delete({ where: { name: WEEKLY_SWEEP_LEASE } });
    expect(await runWeeklyFsrsOptimization(NOW)).toContain(user.id);
    // Ran this week: the next sweep leaves them alone.
    expect(await runWeeklyFsrsOptimization(new Date(NOW.getTime() + 86_400_000))).not.toContain(user.id);
  }, 240_000);
});

describe('rescheduling existing cards is the learner’s choice', () => {
  it('previews how many cards move, moves them only when asked, and logs no answer', async () => {
    const user = await makeUser();
    const rows = simulatedHistoryRows(user.id, cardIds.slice(0, 150), { days: 60, end: NOW, seed: 'reschedule' });
    await db.reviewLog.createMany({ data: rows });
    const last = new Map(rows.map((r) => [r.cardId, JSON.parse(r.after) as Record<string, unknown>]));
    await db.reviewState.createMany({
      data: [...last].map(([cardId, s]) => ({
        userId: user.id,
        cardId,
        due: new Date(s.due as string),
        stability: s.stability as number,
        difficulty: s.difficulty as number,
        elapsedDays: s.elapsedDays as number,
        scheduledDays: s.scheduledDays as number,
        learningSteps: s.learningSteps as number,
        reps: s.reps as number,
        lapses: s.lapses as number,
        phase: ['new', 'learning', 'review', 'relearning'].indexOf(s.phase as string),
        lastReview: s.lastReview ? new Date(s.lastReview as string) : null,
      })),
    });
    // Replayed with the parameters they were scheduled with, no card moves.
    const unchanged = await getReschedulePreview(user.id, NOW);
    expect(unchanged.inReview).toBeGreaterThan(50);
    expect(unchanged.moved).toBe(0);

    expect(await optimizeFsrsParameters(user.id, 'manual', NOW)).toMatchObject({
      ok: true,
      data: { status: 'adopted' },
    });
    const preview = await getReschedulePreview(user.id, NOW);
    console.info(`reschedule preview after adoption: ${preview.moved} of ${preview.inReview} cards in review move`);
    expect(preview.moved).toBeGreaterThan(0);
    const statesBefore = await db.reviewState.findMany({ where: { userId: user.id }, orderBy: { cardId: 'asc' } });
    expect(await getReschedulePreview(user.id, NOW)).toEqual(preview); // previewing wrote nothing
    expect(await db.reviewState.findMany({ where: { userId: user.id }, orderBy: { cardId: 'asc' } })).toEqual(
      statesBefore,
    );

    const logCount = await db.reviewLog.count({ where: { userId: user.id } });
    expect(await rescheduleCards(user.id, NOW, true)).toEqual(preview);
    expect(await db.reviewLog.count({ where: { userId: user.id } })).toBe(logCount);
    expect((await getReschedulePreview(user.id, NOW)).moved).toBe(0);
  }, 120_000);
});

describe('who is offered the optimizer', () => {
  it('a learner below the threshold is told why and how many more reviews are needed', async () => {
    const user = await makeUser();
    const rows = simulatedHistoryRows(user.id, cardIds.slice(0, 60), { days: 30, end: NOW, seed: 'few', newPerDay: 4 });
    expect(rows.length).toBeGreaterThan(250);
    await db.reviewLog.createMany({ data: rows.slice(0, 250) });
    expect(await getFsrsOptimizerStatus(user.id, NOW)).toMatchObject({ reviewCount: 250, needed: 150, threshold: 400 });
    expect(await beginFsrsOptimization(user.id, 'manual', NOW)).toMatchObject({
      ok: false,
      code: 'not_enough_history',
      message: 'The optimizer needs 150 more reviews.',
    });
  });

  it('on a platform without the optimizer, it is unavailable and scheduling is unchanged', async () => {
    const user = await learnerWithHistory(45, 'no-binding');
    const noBinding = () => ({ native: null, reason: 'no build for this platform' }) as const;
    expect(await beginFsrsOptimization(user.id, 'manual', NOW, { binding: noBinding })).toMatchObject({
      ok: false,
      code: 'unavailable',
    });
    expect((await getStudySettings(user.id)).scheduler.parameters).toBeNull();
  });
});

describe('a failed or partial run changes nothing', () => {
  it('a fit that throws leaves the parameters alone and marks the run failed', async () => {
    const user = await learnerWithHistory(45, 'fail');
    const result = await optimizeFsrsParameters(user.id, 'manual', NOW, {
      fit: () => Promise.reject(new Error('optimizer crashed')),
    });
    expect(result).toMatchObject({ ok: true, data: { status: 'failed' } });
    expect(await db.fsrsOptimization.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      status: 'failed',
      message: 'optimizer crashed',
    });
    expect((await getStudySettings(user.id)).scheduler.parameters).toBeNull();
    expect(await db.jobLease.count({ where: { name: optimizerLeaseName(user.id) } })).toBe(0);
  }, 120_000);

  it('when storing the parameters fails inside the transaction, the run records no figures as adopted', async () => {
    const user = await learnerWithHistory(45, 'partial');
    const restore = await failInsertsWhere('StudySettings', 'userId', user.id);
    try {
      const result = await optimizeFsrsParameters(user.id, 'manual', NOW);
      expect(result).toMatchObject({ ok: true, data: { status: 'failed' } });
    } finally {
      await restore();
    }
    const run = await db.fsrsOptimization.findFirstOrThrow({ where: { userId: user.id } });
    // The run's update (status, figures) was rolled back with the failed insert: only the failure is recorded.
    expect(run).toMatchObject({ status: 'failed', logLossAfter: null, parametersFitted: null });
    expect(await db.studySettings.findUnique({ where: { userId: user.id } })).toBeNull();
  }, 120_000);
});
