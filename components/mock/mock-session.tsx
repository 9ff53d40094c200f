'use client';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, buttonClass } from '@/components/ui/button';
import { chooseDraft } from '@/lib/core/mock/choose-draft';
import { countWords } from '@/lib/core/mock/count-words';
import { MAX_ANSWER_WORDS } from '@/lib/core/mock/limits';
import type { MockMode } from '@/lib/core/mock/types';
import { clearLocalDraft, type LocalDraft, readLocalDraft, writeLocalDraft } from './draft-store';
import { ApiError, beaconDraft, saveDraft, setPaused, submitAttempt, withRetry } from './mock-api';
import { MockTimer } from './mock-timer';

// The preview is optional: its Markdown renderer loads only when asked for.
const MarkdownPreview = dynamic(() => import('@/components/ui/markdown-preview').then((m) => m.MarkdownPreview), {
  loading: () => <p className="text-fg-muted">Loading preview…</p>,
});

export type MockSessionAttempt = {
  id: string;
  mode: MockMode;
  timeLimitSec: number;
  /** Epoch ms, server clock. */
  startedAt: number;
  pausedMs: number;
  pausedAt: number | null;
  draft: string;
  version: number;
};

type SaveState = 'saved' | 'saving' | 'offline' | 'too-long';

/** Save this long after the last keystroke, and at least this often while typing goes on. */
const IDLE_SAVE_MS = 1_500;
const MAX_UNSAVED_MS = 5_000;

const LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  offline: 'Offline — kept on this device',
  'too-long': `Not saved: over ${MAX_ANSWER_WORDS.toLocaleString('en')} words`,
};

/**
 * The mock-interview editor: a Markdown textarea with a live word count and preview, a
 * countdown from the server's clock, and autosave that never loses a word — to the server every
 * few seconds while typing and on blur / hide / close (beacon), with a copy in localStorage that
 * replaces the server's on reload when it is newer (a save or beacon that never arrived), with
 * the server's copy one click away. Saves carry increasing versions and the server keeps the
 * highest; a save the server refuses (a late save from a closed page, or another tab, already
 * used that version) is sent again after the stored version, so the newest text always wins.
 */
export function MockSession({ attempt, serverNow, scenario }: { attempt: MockSessionAttempt; serverNow: number; scenario: ReactNode }) {
  const router = useRouter();
  const [text, setText] = useState(attempt.draft);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  // Set by this page's own saves: the server's HTML shows plain "Saved" (its time zone isn't the browser's).
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const [timing, setTiming] = useState({ pausedMs: attempt.pausedMs, pausedAt: attempt.pausedAt });
  const [skewMs] = useState(() => serverNow - Date.now());
  const [preview, setPreview] = useState(false);
  /** The server's older copy, after the editor took this device's newer one on load. */
  const [serverCopy, setServerCopy] = useState<LocalDraft | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [phase, setPhase] = useState<'writing' | 'submitting' | 'failed'>('writing');
  const [timeUp, setTimeUp] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [pausing, setPausing] = useState(false);

  const textRef = useRef(attempt.draft);
  /** Highest version sent to (or known stored on) the server: the next save sends one more. */
  const sentVersion = useRef(attempt.version);
  const dirty = useRef(false);
  const lastChange = useRef(0);
  const lastSaveStart = useRef(0);
  const inFlight = useRef(false);
  /** After a failed save, the next try waits (backoff) so an offline tab doesn't hammer the server. */
  const failures = useRef(0);
  const retryAt = useRef(0);
  const closed = useRef(false);
  const confirmButton = useRef<HTMLButtonElement>(null);

  const words = useMemo(() => countWords(text), [text]);
  const tooLong = words > MAX_ANSWER_WORDS;
  const paused = attempt.mode === 'practice' && timing.pausedAt !== null;
  const readOnly = paused || timeUp || phase === 'submitting';

  const keepLocal = useCallback(
    (draft: string, version: number) => writeLocalDraft(attempt.id, { draft, version, at: Date.now() }),
    [attempt.id],
  );

  const submit = useCallback(
    async (auto: boolean) => {
      if (closed.current) return;
      closed.current = true;
      setPhase('submitting');
      setConfirming(false);
      setMessage(auto ? 'Time is up: submitting your answer…' : 'Submitting your answer for grading…');
      const version = sentVersion.current + 1;
      sentVersion.current = version;
      const draft = textRef.current;
      keepLocal(draft, version);
      try {
        await withRetry(
          () => submitAttempt(attempt.id, { draft, version, auto }),
          (n) => setMessage(`Submitting… connection lost, retry ${n}. Your answer is kept on this device.`),
        );
        clearLocalDraft(attempt.id);
        router.replace(`/mock/${attempt.id}/feedback`);
      } catch (error) {
        closed.current = false;
        setPhase('failed');
        setMessage(
          error instanceof ApiError && error.status < 500
            ? error.message
            : 'Could not submit: you seem to be offline. Your answer is kept on this device — try again when you are back.',
        );
      }
    },
    [attempt.id, keepLocal, router],
  );

  const save = useCallback(
    async (keepalive = false) => {
      if (inFlight.current || closed.current || !dirty.current) return;
      const draft = textRef.current;
      if (countWords(draft) > MAX_ANSWER_WORDS) {
        setSaveState('too-long');
        return;
      }
      const version = sentVersion.current + 1;
      sentVersion.current = version;
      dirty.current = false;
      inFlight.current = true;
      lastSaveStart.current = Date.now();
      setSaveState('saving');
      try {
        const saved = await saveDraft(attempt.id, { draft, version }, keepalive);
        failures.current = 0;
        retryAt.current = 0;
        if (!saved.accepted) {
          // The server already holds this version or a later one (a late save from a closed page, another
          // tab): its text is not ours, so save ours again after it. Not "Saved" until that lands.
          sentVersion.current = Math.max(sentVersion.current, saved.version);
          dirty.current = true;
          lastChange.current = 0;
        }
        if (!dirty.current) {
          setSaveState('saved');
          setSavedAt(saved.savedAt ? Date.parse(saved.savedAt) : Date.now());
          keepLocal(draft, sentVersion.current);
        }
      } catch (error) {
        dirty.current = true; // try again after a pause
        failures.current += 1;
        retryAt.current = Date.now() + Math.min(30_000, 1_000 * 2 ** failures.current);
        if (error instanceof ApiError && error.code === 'time_up') {
          setTimeUp(true);
          void submit(true);
        } else if (error instanceof ApiError && error.code === 'submitted') {
          closed.current = true;
          router.replace(`/mock/${attempt.id}/feedback`);
        } else if (error instanceof ApiError && (error.code === 'too_long' || error.code === 'payload_too_large')) {
          setSaveState('too-long');
        } else {
          setSaveState('offline');
        }
      } finally {
        inFlight.current = false;
      }
    },
    [attempt.id, keepLocal, router, submit],
  );

  // Autosave loop: after a pause in typing, and at least every few seconds while typing goes on.
  useEffect(() => {
    const id = window.setInterval(() => {
      if (!dirty.current || inFlight.current) return;
      const now = Date.now();
      if (now < retryAt.current) return;
      if (now - lastChange.current >= IDLE_SAVE_MS || now - lastSaveStart.current >= MAX_UNSAVED_MS) void save();
    }, 500);
    return () => window.clearInterval(id);
  }, [save]);

  // Leaving: hidden tab → a keepalive save; closing or navigating away → a beacon. Back online → save now.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void save(true);
    };
    const onPageHide = () => {
      if (!dirty.current || closed.current) return;
      const version = sentVersion.current + 1;
      sentVersion.current = version;
      keepLocal(textRef.current, version);
      if (beaconDraft(attempt.id, { draft: textRef.current, version })) dirty.current = false;
    };
    const onOnline = () => {
      retryAt.current = 0;
      void save();
    };
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('online', onOnline);
    return () => {
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('online', onOnline);
    };
  }, [attempt.id, keepLocal, save]);

  // After a reload: the copy on this device wins when it is newer than the server's (a save that
  // never arrived); it is saved at once, after both versions, and the server's stays one click away.
  useEffect(() => {
    const id = window.setTimeout(() => {
      const local = readLocalDraft(attempt.id);
      if (chooseDraft({ draft: attempt.draft, version: attempt.version }, local) === 'local' && local) {
        setServerCopy({ draft: attempt.draft, version: attempt.version, at: Date.now() });
        sentVersion.current = Math.max(sentVersion.current, local.version);
        change(local.draft);
        lastChange.current = 0;
      } else keepLocal(attempt.draft, attempt.version);
    }, 0);
    return () => window.clearTimeout(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per attempt; `change` only writes refs and state
  }, [attempt.id, attempt.draft, attempt.version, keepLocal]);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  function change(value: string) {
    textRef.current = value;
    setText(value);
    dirty.current = true;
    lastChange.current = Date.now();
    if (lastSaveStart.current === 0) lastSaveStart.current = Date.now();
    keepLocal(value, sentVersion.current + 1);
    setSaveState(countWords(value) > MAX_ANSWER_WORDS ? 'too-long' : 'saving');
  }

  function takeServerCopy(copy: LocalDraft) {
    setServerCopy(null);
    change(copy.draft);
    void save();
  }

  async function togglePause() {
    setPausing(true);
    try {
      if (!paused) await save();
      const state = await withRetry(() => setPaused(attempt.id, !paused), () => setMessage('Connection lost — retrying…'));
      setTiming({ pausedMs: state.pausedMs, pausedAt: state.pausedAt ? Date.parse(state.pausedAt) : null });
      setMessage(null);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'Could not pause.');
    } finally {
      setPausing(false);
    }
  }

  const onTimeUp = useCallback(() => {
    setTimeUp(true);
    void submit(true);
  }, [submit]);

  const stateLabel = saveState === 'saved' && savedAt ? `Saved ${new Date(savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : LABELS[saveState];
  const stateTone = saveState === 'saved' ? 'text-success' : saveState === 'saving' ? 'text-fg-muted' : saveState === 'offline' ? 'text-warning' : 'text-danger';

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-4 rounded-xl border border-border bg-surface p-4">
        <div className="min-w-0 flex-1">
          <p className="text-xs uppercase tracking-wide text-fg-muted">
            {attempt.mode === 'interview' ? 'Interview mode — the clock can’t be paused and submits at zero' : 'Practice mode — pause any time'}
          </p>
          <div className="mt-2 text-sm">{scenario}</div>
        </div>
        <MockTimer
          timing={{ mode: attempt.mode, timeLimitSec: attempt.timeLimitSec, startedAt: attempt.startedAt, ...timing }}
          skewMs={skewMs}
          initialNow={serverNow}
          stopped={paused || phase === 'submitting'}
          onTimeUp={onTimeUp}
        />
      </div>

      {serverCopy ? (
        <div role="status" className="flex flex-wrap items-center gap-3 rounded-lg border border-warning/50 bg-warning/10 px-4 py-3 text-sm">
          <p className="flex-1">
            Showing the newer copy kept on this device ({countWords(textRef.current).toLocaleString('en')} words): the
            server had not received it yet (it had {countWords(serverCopy.draft).toLocaleString('en')} words).
          </p>
          <Button variant="secondary" onClick={() => takeServerCopy(serverCopy)}>
            Use the server’s copy instead
          </Button>
          <Button variant="ghost" onClick={() => setServerCopy(null)}>
            Dismiss
          </Button>
        </div>
      ) : null}

      {message ? (
        <p role="status" className="rounded-lg border border-border bg-muted px-3 py-2 text-sm" data-testid="mock-message">
          {message}
        </p>
      ) : null}

      <div className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <label htmlFor="mock-answer" className="font-medium">
            Your answer <span className="text-sm font-normal text-fg-muted">(Markdown)</span>
          </label>
          <div className="flex items-center gap-3 text-sm">
            <span className={`${stateTone} font-medium`} data-testid="save-state">
              {stateLabel}
            </span>
            <Button variant="ghost" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
              {preview ? 'Back to writing' : 'Preview'}
            </Button>
          </div>
        </div>
        {preview ? (
          <div className="min-h-[50vh] rounded-lg border border-border bg-surface p-4" data-testid="mock-preview">
            {text.trim() ? <MarkdownPreview>{text}</MarkdownPreview> : <p className="text-fg-muted">Nothing to preview yet.</p>}
          </div>
        ) : (
          <textarea
            id="mock-answer"
            value={text}
            onChange={(e) => change(e.target.value)}
            onBlur={() => void save()}
            onKeyDown={(e) => {
              if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
                e.preventDefault();
                void save();
              }
            }}
            readOnly={readOnly}
            aria-describedby="mock-answer-help mock-answer-count"
            aria-invalid={tooLong || undefined}
            spellCheck
            className="min-h-[50vh] w-full resize-y rounded-lg border border-border bg-surface p-4 leading-relaxed text-fg placeholder:text-fg-muted read-only:opacity-80"
            placeholder="Walk through the trade-offs and make a recommendation…"
          />
        )}
        <div className="flex flex-wrap justify-between gap-2 text-sm text-fg-muted">
          <p id="mock-answer-help">
            {paused
              ? 'Paused — resume to keep writing.'
              : 'Saved to the server as you type and kept on this device too. Ctrl+S saves now.'}
          </p>
          <p id="mock-answer-count" className={tooLong ? 'font-medium text-danger' : ''} data-testid="word-count">
            {words.toLocaleString('en')} {words === 1 ? 'word' : 'words'}
            {tooLong ? ` — over the ${MAX_ANSWER_WORDS.toLocaleString('en')}-word limit: shorten it to save and submit.` : ''}
          </p>
        </div>
        <p className="sr-only" aria-live="polite">
          {saveState === 'offline' ? LABELS.offline : saveState === 'too-long' ? LABELS['too-long'] : ''}
        </p>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        {confirming ? (
          <div className="flex flex-wrap items-center gap-3 rounded-lg border border-border bg-surface px-4 py-3">
            <p className="text-sm">Submit your answer for grading? You can’t change it afterwards.</p>
            <button type="button" ref={confirmButton} className={buttonClass()} onClick={() => void submit(false)} disabled={tooLong}>
              Yes, submit
            </button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              Keep writing
            </Button>
          </div>
        ) : (
          <Button onClick={() => setConfirming(true)} disabled={phase === 'submitting' || tooLong}>
            {phase === 'failed' ? 'Try submitting again' : 'Submit answer'}
          </Button>
        )}
        {attempt.mode === 'practice' ? (
          <Button variant="secondary" onClick={() => void togglePause()} disabled={pausing || phase === 'submitting'}>
            {paused ? 'Resume' : 'Pause'}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
