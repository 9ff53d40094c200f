'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { computeMockClock } from '@/lib/core/mock/compute-mock-clock';
import { getTimerWarning } from '@/lib/core/mock/get-timer-warning';
import type { MockMode } from '@/lib/core/mock/types';
import { setPaused, withRetry } from './mock-api';

/** An attempt's timing as the page gets it: the server's instants as epoch ms. */
export type MockTimingMs = {
  id: string;
  mode: MockMode;
  timeLimitSec: number;
  startedAt: number;
  pausedMs: number;
  pausedAt: number | null;
};

/** How often the countdown redraws. */
const TICK_MS = 250;

/**
 * The countdown, computed from the server's instants (corrected by the skew between the server's
 * clock and this browser's), so a reload or another device shows the same time left; pausing and
 * resuming a practice attempt on the server; and `onTimeUp`, called once when an interview reaches zero.
 */
export function useMockClock({
  attempt,
  serverNow,
  halted,
  onTimeUp,
  beforePause,
  say,
}: {
  attempt: MockTimingMs;
  /** Server time at render: the first paint matches the server's HTML. */
  serverNow: number;
  /** Submitting: the clock stops. */
  halted: boolean;
  onTimeUp: () => void;
  /** Runs before pausing (a last save). */
  beforePause: () => Promise<void>;
  /** Shows a message to the learner (null clears it). */
  say: (message: string | null) => void;
}) {
  const [skewMs] = useState(() => serverNow - Date.now());
  const [now, setNow] = useState(serverNow);
  const [pause, setPause] = useState({ pausedMs: attempt.pausedMs, pausedAt: attempt.pausedAt });
  const [pausing, setPausing] = useState(false);
  const fired = useRef(false);

  const paused = attempt.mode === 'practice' && pause.pausedAt !== null;
  const stopped = paused || halted;

  useEffect(() => {
    if (stopped) return;
    const id = window.setInterval(() => setNow(Date.now() + skewMs), TICK_MS);
    return () => window.clearInterval(id);
  }, [skewMs, stopped]);

  const clock = computeMockClock(
    {
      mode: attempt.mode,
      timeLimitSec: attempt.timeLimitSec,
      startedAt: new Date(attempt.startedAt),
      pausedMs: pause.pausedMs,
      pausedAt: pause.pausedAt === null ? null : new Date(pause.pausedAt),
      submittedAt: null,
    },
    new Date(now),
  );
  const warning = attempt.mode === 'interview' ? getTimerWarning(clock.remainingMs, attempt.timeLimitSec) : null;

  useEffect(() => {
    if (attempt.mode === 'interview' && clock.timeUp && !fired.current && !stopped) {
      fired.current = true;
      onTimeUp();
    }
  }, [attempt.mode, clock.timeUp, onTimeUp, stopped]);

  const attemptId = attempt.id;
  const togglePause = useCallback(async () => {
    setPausing(true);
    try {
      if (!paused) await beforePause();
      const state = await withRetry(
        () => setPaused(attemptId, !paused),
        (_n, { busy }) => say(busy ? 'Busy, retrying…' : 'Connection lost — retrying…'),
      );
      setPause({ pausedMs: state.pausedMs, pausedAt: state.pausedAt ? Date.parse(state.pausedAt) : null });
      say(null);
    } catch (error) {
      say(error instanceof Error ? error.message : 'Could not pause.');
    } finally {
      setPausing(false);
    }
  }, [attemptId, beforePause, paused, say]);

  return { clock, warning, paused, pausing, togglePause };
}
