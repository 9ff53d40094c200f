import type { MockClock, MockMode } from '@/lib/core/mock/types';
import { formatClock } from '@/lib/core/mock/format-clock';

const WARNINGS: Record<number, string> = { 300: '5 minutes left.', 60: '1 minute left.' };

/**
 * The countdown `useMockClock` computes. Announces the 5- and 1-minute warnings (a live region
 * whose text changes once per warning).
 */
export function MockTimer({
  mode,
  timeLimitSec,
  clock,
  warning,
}: {
  mode: MockMode;
  timeLimitSec: number;
  clock: MockClock;
  /** Seconds of the warning in force (300, 60), or null. */
  warning: number | null;
}) {
  const tone = clock.timeUp
    ? 'text-danger'
    : clock.remainingMs <= 60_000 && timeLimitSec > 60
      ? 'text-danger'
      : clock.remainingMs <= 300_000 && timeLimitSec > 300
        ? 'text-warning'
        : 'text-fg';
  return (
    <div className="flex flex-col items-end">
      <span className="text-xs uppercase tracking-wide text-fg-muted">
        {clock.paused ? 'Paused' : clock.timeUp ? (mode === 'practice' ? 'Overtime' : 'Time’s up') : 'Time left'}
      </span>
      <span
        role="timer"
        aria-label="Time left"
        className={`font-mono text-3xl font-semibold tabular-nums ${tone}`}
        data-testid="mock-timer"
      >
        {formatClock(clock.remainingMs)}
      </span>
      {warning !== null ? (
        <span className="text-sm font-medium text-warning" aria-hidden="true">
          {WARNINGS[warning]}
        </span>
      ) : null}
      <span className="sr-only" aria-live="assertive" data-testid="timer-announcement">
        {warning !== null ? WARNINGS[warning] : ''}
      </span>
    </div>
  );
}
