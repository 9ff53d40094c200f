'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { chooseDraft, type DraftCopy } from '@/lib/core/mock/choose-draft';
import { countWords } from '@/lib/core/mock/count-words';
import { isAutosaveDue } from '@/lib/core/mock/is-autosave-due';
import { MAX_ANSWER_WORDS } from '@/lib/core/mock/limits';
import { type AutosaveEvent, IDLE_AUTOSAVE, reduceAutosave } from '@/lib/core/mock/reduce-autosave';
import { type LocalDraft, readLocalDraft, writeLocalDraft } from './draft-store';
import { ApiError, beaconDraft, isBusy, saveDraft } from './mock-api';

export type SaveState = 'saved' | 'saving' | 'offline' | 'busy' | 'too-long';

export type AutosaveOptions = {
  attemptId: string;
  /** The server's copy. */
  initial: DraftCopy;
  /** The server refused a save because the time is up. */
  onTimeUp: () => void;
  /** The server refused a save because the answer is already submitted (another tab). */
  onSubmitted: () => void;
};

/** How often the loop checks whether a save is due (the thresholds are in `isAutosaveDue`). */
const LOOP_MS = 500;

/**
 * Autosave that never loses a word: to the server after a pause in typing and at least every few
 * seconds while typing goes on, on blur / hide (keepalive) and on close (beacon), with a copy in
 * localStorage that replaces the server's on reload when it is newer (a save or beacon that never
 * arrived), with the server's copy one click away. Saves carry increasing versions and the server
 * keeps the highest; a save the server refuses (a late save from a closed page, or another tab,
 * already used that version) is sent again after the stored version, so the newest text always wins.
 * The server saying the time is up or the answer is already submitted ends the saves.
 */
export function useAutosave({ attemptId, initial, onTimeUp, onSubmitted }: AutosaveOptions) {
  const { draft: serverDraft, version: serverVersion } = initial;
  const [text, setText] = useState(serverDraft);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  // Set by this page's own saves: the server's HTML shows plain "Saved" (its time zone isn't the browser's).
  const [savedAt, setSavedAt] = useState<number | null>(null);
  /** The server's older copy, after the editor took this device's newer one on load. */
  const [serverCopy, setServerCopy] = useState<LocalDraft | null>(null);

  const textRef = useRef(serverDraft);
  const state = useRef({ ...IDLE_AUTOSAVE, sentVersion: serverVersion });
  // The latest callbacks, for saves that finish after a re-render.
  const ended = useRef({ onTimeUp, onSubmitted });
  useEffect(() => {
    ended.current = { onTimeUp, onSubmitted };
  });

  const keepLocal = useCallback(
    (draft: string, version: number) => writeLocalDraft(attemptId, { draft, version, at: Date.now() }),
    [attemptId],
  );

  /** Saves now when anything is unsaved: from the loop, and on Ctrl+S, blur and before a pause. */
  const save = useCallback(
    async (keepalive = false) => {
      const { inFlight, closed, dirty } = state.current;
      if (inFlight || closed || !dirty) return;
      const draft = textRef.current;
      if (countWords(draft) > MAX_ANSWER_WORDS) {
        setSaveState('too-long');
        return;
      }
      state.current = reduceAutosave(state.current, { type: 'save-started', at: Date.now() });
      setSaveState('saving');
      try {
        const saved = await saveDraft(attemptId, { draft, version: state.current.sentVersion }, keepalive);
        state.current = reduceAutosave(
          state.current,
          saved.accepted ? { type: 'save-stored' } : { type: 'save-refused', storedVersion: saved.version },
        );
        // Not "Saved" while newer text (typed meanwhile, or ours after a refusal) still has to go.
        if (!state.current.dirty) {
          setSaveState('saved');
          setSavedAt(saved.savedAt ? Date.parse(saved.savedAt) : Date.now());
          keepLocal(draft, state.current.sentVersion);
        }
      } catch (error) {
        state.current = reduceAutosave(state.current, { type: 'save-failed', at: Date.now() });
        if (error instanceof ApiError && error.code === 'time_up') {
          ended.current.onTimeUp();
        } else if (error instanceof ApiError && error.code === 'submitted') {
          state.current = reduceAutosave(state.current, { type: 'closed' });
          ended.current.onSubmitted();
        } else if (error instanceof ApiError && (error.code === 'too_long' || error.code === 'payload_too_large')) {
          setSaveState('too-long');
        } else {
          setSaveState(isBusy(error) ? 'busy' : 'offline');
        }
      }
    },
    [attemptId, keepLocal],
  );

  const edit = useCallback(
    (value: string, event: AutosaveEvent) => {
      textRef.current = value;
      setText(value);
      state.current = reduceAutosave(state.current, event);
      keepLocal(value, state.current.sentVersion + 1);
      setSaveState(countWords(value) > MAX_ANSWER_WORDS ? 'too-long' : 'saving');
    },
    [keepLocal],
  );

  // The loop: saves when `isAutosaveDue` says so.
  useEffect(() => {
    const id = window.setInterval(() => {
      if (isAutosaveDue(state.current, Date.now())) void save();
    }, LOOP_MS);
    return () => window.clearInterval(id);
  }, [save]);

  // Leaving: hidden tab → a keepalive save; closing or navigating away → a beacon. Back online → save now.
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void save(true);
    };
    const onPageHide = () => {
      if (!state.current.dirty || state.current.closed) return;
      state.current = reduceAutosave(state.current, { type: 'version-claimed' });
      const copy = { draft: textRef.current, version: state.current.sentVersion };
      keepLocal(copy.draft, copy.version);
      if (beaconDraft(attemptId, copy)) state.current = reduceAutosave(state.current, { type: 'beacon-sent' });
    };
    const onOnline = () => {
      state.current = reduceAutosave(state.current, { type: 'online' });
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
  }, [attemptId, keepLocal, save]);

  // After a reload: the copy on this device wins when it is newer than the server's (a save that
  // never arrived); it is saved at once, after both versions, and the server's stays one click away.
  useEffect(() => {
    const id = window.setTimeout(() => {
      const local = readLocalDraft(attemptId);
      if (local && chooseDraft({ draft: serverDraft, version: serverVersion }, local) === 'local') {
        setServerCopy({ draft: serverDraft, version: serverVersion, at: Date.now() });
        edit(local.draft, { type: 'copy-restored', version: local.version, at: Date.now() });
      } else keepLocal(serverDraft, serverVersion);
    }, 0);
    return () => window.clearTimeout(id);
  }, [attemptId, serverDraft, serverVersion, edit, keepLocal]);

  /** The editor's text changed. */
  const change = useCallback((value: string) => edit(value, { type: 'edited', at: Date.now() }), [edit]);
  const takeServerCopy = useCallback(
    (copy: LocalDraft) => {
      setServerCopy(null);
      edit(copy.draft, { type: 'edited', at: Date.now() });
      void save();
    },
    [edit, save],
  );
  const dismissServerCopy = useCallback(() => setServerCopy(null), []);
  /** Ends the saves and hands over the final copy (a version after every save, also kept on this device), or null when already closed. */
  const close = useCallback((): DraftCopy | null => {
    if (state.current.closed) return null;
    state.current = reduceAutosave(reduceAutosave(state.current, { type: 'closed' }), { type: 'version-claimed' });
    const copy = { draft: textRef.current, version: state.current.sentVersion };
    keepLocal(copy.draft, copy.version);
    return copy;
  }, [keepLocal]);
  /** The final send failed: saves may go on. */
  const reopen = useCallback(() => {
    state.current = reduceAutosave(state.current, { type: 'reopened' });
  }, []);

  return { text, saveState, savedAt, serverCopy, change, save, takeServerCopy, dismissServerCopy, close, reopen };
}
