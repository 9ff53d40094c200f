'use client';
import { useRouter } from 'next/navigation';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { countWords } from '@/lib/core/mock/count-words';
import { MAX_ANSWER_WORDS } from '@/lib/core/mock/limits';
import type { MockAttemptView } from '@/lib/server/queries/get-mock-attempt';
import { AnswerEditor } from './answer-editor';
import { MockTimer } from './mock-timer';
import { RestoredCopyNotice } from './restored-copy-notice';
import { SubmitBar } from './submit-bar';
import { useAutosave } from './use-autosave';
import { useMockClock } from './use-mock-clock';
import { useMockSubmit } from './use-mock-submit';

/** The server's attempt as the page passes it: instants as epoch ms (server clock). */
export type MockSessionAttempt = Pick<
  MockAttemptView,
  'id' | 'mode' | 'timeLimitSec' | 'pausedMs' | 'draft' | 'version'
> & {
  startedAt: number;
  pausedAt: number | null;
};

/**
 * The mock-interview editor: a Markdown answer box with a live word count and preview, a
 * countdown from the server's clock (`useMockClock`), autosave that never loses a word
 * (`useAutosave`) and submitting, by hand or when an interview's time is up (`useMockSubmit`).
 */
export function MockSession({
  attempt,
  serverNow,
  scenario,
}: {
  attempt: MockSessionAttempt;
  serverNow: number;
  scenario: ReactNode;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const toFeedback = useCallback(() => router.replace(`/mock/${attempt.id}/feedback`), [router, attempt.id]);
  // A save refused because the time is up submits what is there, as the clock does at zero.
  const submitAtTimeUp = () => submission.submitAtTimeUp();

  const draft = useAutosave({
    attemptId: attempt.id,
    initial: attempt,
    onTimeUp: submitAtTimeUp,
    onSubmitted: toFeedback,
  });
  const submission = useMockSubmit({
    attemptId: attempt.id,
    close: draft.close,
    reopen: draft.reopen,
    say: setMessage,
    onSubmitted: toFeedback,
  });
  const timer = useMockClock({
    attempt,
    serverNow,
    halted: submission.phase === 'submitting',
    onTimeUp: submission.submitAtTimeUp,
    beforePause: draft.save,
    say: setMessage,
  });

  const words = useMemo(() => countWords(draft.text), [draft.text]);
  const tooLong = words > MAX_ANSWER_WORDS;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-4 rounded-xl border border-border bg-surface p-4">
        <div className="min-w-0 flex-1">
          <p className="text-xs uppercase tracking-wide text-fg-muted">
            {attempt.mode === 'interview'
              ? 'Interview mode — the clock can’t be paused and submits at zero'
              : 'Practice mode — pause any time'}
          </p>
          <div className="mt-2 text-sm">{scenario}</div>
        </div>
        <MockTimer
          mode={attempt.mode}
          timeLimitSec={attempt.timeLimitSec}
          clock={timer.clock}
          warning={timer.warning}
        />
      </div>

      {draft.serverCopy ? (
        <RestoredCopyNotice
          words={words}
          serverCopy={draft.serverCopy}
          onUseServerCopy={() => draft.serverCopy && draft.takeServerCopy(draft.serverCopy)}
          onDismiss={draft.dismissServerCopy}
        />
      ) : null}

      {message ? (
        <p
          role="status"
          className="rounded-lg border border-border bg-muted px-3 py-2 text-sm"
          data-testid="mock-message"
        >
          {message}
        </p>
      ) : null}

      <AnswerEditor
        text={draft.text}
        words={words}
        saveState={draft.saveState}
        savedAt={draft.savedAt}
        readOnly={timer.paused || submission.timeUp || submission.phase === 'submitting'}
        paused={timer.paused}
        onChange={draft.change}
        onSave={() => void draft.save()}
      />

      <SubmitBar
        phase={submission.phase}
        confirming={submission.confirming}
        tooLong={tooLong}
        onAsk={submission.ask}
        onConfirm={submission.submit}
        onCancel={submission.cancel}
        pause={
          attempt.mode === 'practice'
            ? { paused: timer.paused, pausing: timer.pausing, onToggle: () => void timer.togglePause() }
            : null
        }
      />
    </div>
  );
}
