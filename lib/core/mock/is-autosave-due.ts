import type { AutosaveState } from './reduce-autosave';

/** Save this long after the last keystroke, and at least this often while typing goes on. */
export const IDLE_SAVE_MS = 1_500;
export const MAX_UNSAVED_MS = 5_000;

/** Whether the autosave loop should save at `now`: unsaved text, no save under way, past any backoff, and typing paused or going on too long. */
export function isAutosaveDue(state: AutosaveState, now: number): boolean {
  if (!state.dirty || state.inFlight || state.closed || now < state.retryAt) return false;
  return now - state.lastChangeAt >= IDLE_SAVE_MS || now - state.lastSaveStartAt >= MAX_UNSAVED_MS;
}
