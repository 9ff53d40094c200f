'use client';
import { useCallback, useState } from 'react';
import type { DraftCopy } from '@/lib/core/mock/choose-draft';
import { clearLocalDraft } from './draft-store';
import { ApiError, isBusy, submitAttempt, withRetry } from './mock-api';

export type SubmitPhase = 'writing' | 'submitting' | 'failed';

/**
 * Submitting a mock answer: ask, confirm, send the final copy (retrying while the connection is
 * lost), or send it unasked when the time is up. A failed submit keeps the answer on this device
 * and lets the learner try again.
 */
export function useMockSubmit({
  attemptId,
  close,
  reopen,
  say,
  onSubmitted,
}: {
  attemptId: string;
  /** Ends the autosave and gives the final copy; null when already closed. */
  close: () => DraftCopy | null;
  reopen: () => void;
  say: (message: string | null) => void;
  onSubmitted: () => void;
}) {
  const [phase, setPhase] = useState<SubmitPhase>('writing');
  const [confirming, setConfirming] = useState(false);
  const [timeUp, setTimeUp] = useState(false);

  const send = useCallback(
    async (auto: boolean) => {
      const copy = close();
      if (!copy) return;
      setPhase('submitting');
      setConfirming(false);
      say(auto ? 'Time is up: submitting your answer…' : 'Submitting your answer for grading…');
      try {
        await withRetry(
          () => submitAttempt(attemptId, { ...copy, auto }),
          (n, { busy }) =>
            say(
              busy
                ? 'Busy, retrying… Your answer is kept on this device.'
                : `Submitting… connection lost, retry ${n}. Your answer is kept on this device.`,
            ),
        );
        clearLocalDraft(attemptId);
        onSubmitted();
      } catch (error) {
        reopen();
        setPhase('failed');
        say(
          isBusy(error)
            ? 'Could not submit: the server is still busy. Your answer is kept on this device — submit again in a minute.'
            : error instanceof ApiError && error.status < 500
            ? error.message
            : 'Could not submit: you seem to be offline. Your answer is kept on this device — try again when you are back.',
        );
      }
    },
    [attemptId, close, onSubmitted, reopen, say],
  );

  return {
    phase,
    confirming,
    /** The time ran out (the clock or the server said so): the answer is read-only from now on. */
    timeUp,
    ask: useCallback(() => setConfirming(true), []),
    cancel: useCallback(() => setConfirming(false), []),
    submit: useCallback(() => void send(false), [send]),
    submitAtTimeUp: useCallback(() => {
      setTimeUp(true);
      void send(true);
    }, [send]),
  };
}
