'use client';
import { useEffect, useRef } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import type { SubmitPhase } from './use-mock-submit';

/** Submit (with a confirmation that takes the focus) and, in practice mode, pause / resume. */
export function SubmitBar({
  phase,
  confirming,
  tooLong,
  onAsk,
  onConfirm,
  onCancel,
  pause,
}: {
  phase: SubmitPhase;
  confirming: boolean;
  tooLong: boolean;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
  /** Practice mode only. */
  pause: { paused: boolean; pausing: boolean; onToggle: () => void } | null;
}) {
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  return (
    <div className="flex flex-wrap items-center gap-3">
      {confirming ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-border bg-surface px-4 py-3">
          <p className="text-sm">Submit your answer for grading? You can’t change it afterwards.</p>
          <button type="button" ref={confirmButton} className={buttonClass()} onClick={onConfirm} disabled={tooLong}>
            Yes, submit
          </button>
          <Button variant="secondary" onClick={onCancel}>
            Keep writing
          </Button>
        </div>
      ) : (
        <Button onClick={onAsk} disabled={phase === 'submitting' || tooLong}>
          {phase === 'failed' ? 'Try submitting again' : 'Submit answer'}
        </Button>
      )}
      {pause ? (
        <Button variant="secondary" onClick={pause.onToggle} disabled={pause.pausing || phase === 'submitting'}>
          {pause.paused ? 'Resume' : 'Pause'}
        </Button>
      ) : null}
    </div>
  );
}
