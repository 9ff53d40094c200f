'use client';
import { useEffect, useRef, useState } from 'react';
import { computeMockClock } from '@/lib/core/mock/compute-mock-clock';
import { formatClock } from '@/lib/core/mock/format-clock';
import { getTimerWarning } from '@/lib/core/mock/get-timer-warning';
import type { MockMode } from '@/lib/core/mock/types';

export type TimerTiming = {
  mode: MockMode;
  timeLimitSec: number;
  /** Epoch ms, from the server. */
  startedAt: number;
  pausedMs: number;
  pausedAt: number | null;
};

const WARNINGS: Record<number, string> = { 300: '5 minutes left.', 60: '1 minute left.' };

/**
 * The countdown, computed from the server's instants (corrected by `skewMs`, the server clock
 * minus this browser's), so a reload or another device shows the same time left. Announces the
 * 5- and 1-minute warnings (a live region whose text changes once per warning), and calls `onTimeUp` once when an interview reaches zero.
 */
export function MockTimer({
  timing,
  skewMs,
  initialNow,
  stopped,
  onTimeUp,
}: {
  timing: TimerTiming;
  skewMs: number;
  /** Server time at render: the first paint matches the server's HTML. */
  initialNow: number;
  stopped: boolean;
  onTimeUp: () => void;
}) {
  const [now, setNow] = useState(initialNow);
  const fired = useRef(false);

  useEffect(() => {
    if (stopped) return;
    const id = window.setInterval(() => setNow(Date.now() + skewMs), 250);
    return () => window.clearInterval(id);
  }, [skewMs, stopped]);

  const clock = computeMockClock(
    {
      mode: timing.mode,
      timeLimitSec: timing.timeLimitSec,
      startedAt: new Date(timing.startedAt),
      pausedMs: timing.pausedMs,
      pausedAt: timing.pausedAt === null ? null : new Date(timing.pausedAt),
      submittedAt: null,
    },
    new Date(now),
  );
  const warning = timing.mode === 'interview' ? getTimerWarning(clock.remainingMs, timing.timeLimitSec) : null;

  useEffect(() => {
    if (timing.mode === 'interview' && clock.timeUp && !fired.current && !stopped) {
      fired.current = true;
      onTimeUp();
    }
  }, [clock.timeUp, onTimeUp, stopped, timing.mode]);

  const tone = clock.timeUp
    ? 'text-danger'
    : clock.remainingMs <= 60_000 && timing.timeLimitSec > 60
      ? 'text-danger'
      : clock.remainingMs <= 300_000 && timing.timeLimitSec > 300
        ? 'text-warning'
        : 'text-fg';
  return (
    <div className="flex flex-col items-end">
      <span className="text-xs uppercase tracking-wide text-fg-muted">
        {clock.paused ? 'Paused' : clock.timeUp ? (timing.mode === 'practice' ? 'Overtime' : 'Time’s up') : 'Time left'}
      </span>
      <span role="timer" aria-label="Time left" className={`font-mono text-3xl font-semibold tabular-nums ${tone}`} data-testid="mock-timer">
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
