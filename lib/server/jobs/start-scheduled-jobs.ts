import 'server-only';
import { runWeeklyFsrsOptimization } from './run-weekly-fsrs-optimization';

const HOUR_MS = 60 * 60_000;
let started = false;

/**
 * The server process's background jobs (from instrumentation.ts): each hour, the weekly FSRS
 * optimization sweep looks for learners due a run. Every process ticks; the sweep's database lease
 * lets one of them work. `DELIGHT_SCHEDULED_JOBS=0` turns the ticks off (tests, one-off scripts).
 */
export function startScheduledJobs(): void {
  if (started || process.env.DELIGHT_SCHEDULED_JOBS === '0') return;
  started = true;
  const tick = () => {
    runWeeklyFsrsOptimization(new Date()).catch((error: unknown) =>
      console.error('weekly FSRS optimization failed', error),
    );
  };
  // First tick a few minutes after start (not during a deploy's warm-up), then hourly.
  setTimeout(tick, 5 * 60_000).unref();
  setInterval(tick, HOUR_MS).unref();
}
