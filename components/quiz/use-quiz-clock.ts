'use client';
import { useEffect, useState } from 'react';

/** How often the countdown redraws. */
const TICK_MS = 250;

/**
 * Time left in a timed test (null when untimed), counted on the server's clock: the browser's may
 * differ. Calls `onTimeUp` on every tick once the time is up (finishing is idempotent, and a failed
 * finish is tried again).
 */
export function useQuizClock({
  deadline,
  serverNow,
  onTimeUp,
}: {
  deadline: number | null;
  serverNow: number;
  onTimeUp: () => void;
}) {
  const [skewMs] = useState(() => serverNow - Date.now());
  const [remaining, setRemaining] = useState(deadline === null ? null : deadline - serverNow);

  useEffect(() => {
    if (deadline === null) return;
    const timer = window.setInterval(() => {
      const left = deadline - (Date.now() + skewMs);
      setRemaining(left);
      if (left <= 0) onTimeUp();
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [deadline, onTimeUp, skewMs]);

  return remaining;
}
