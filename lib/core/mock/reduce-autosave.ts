/**
 * The bookkeeping behind the mock editor's autosave, as a pure reducer: what has been sent,
 * what is still unsaved, and when a failed save may be tried again. Instants are epoch ms,
 * passed in with each event.
 */
export type AutosaveState = {
  /** Highest version sent to (or known stored on) the server: the next save sends one more. */
  sentVersion: number;
  /** The editor holds text the server may not have. */
  dirty: boolean;
  /** Last keystroke (0: save at once, without waiting for a pause in typing). */
  lastChangeAt: number;
  /** Start of the last save (0: none yet). */
  lastSaveStartAt: number;
  inFlight: boolean;
  /** Failed saves in a row, and when the next try may start (backoff, so an offline tab doesn't hammer the server). */
  failures: number;
  retryAt: number;
  /** Submitted or being submitted: no more saves. */
  closed: boolean;
};

export type AutosaveEvent =
  | { type: 'edited'; at: number }
  /** A copy of `version` (this device's, newer than the server's) went into the editor: save it at once, after it. */
  | { type: 'copy-restored'; version: number; at: number }
  | { type: 'save-started'; at: number }
  | { type: 'save-stored' }
  /** The server already held `storedVersion` or a later one: its text is not ours, so ours goes again after it. */
  | { type: 'save-refused'; storedVersion: number }
  | { type: 'save-failed'; at: number }
  /** Back online: retry now rather than after the backoff. */
  | { type: 'online' }
  /** A version taken for a send outside the loop (the unload beacon, the submit). */
  | { type: 'version-claimed' }
  | { type: 'beacon-sent' }
  | { type: 'closed' }
  | { type: 'reopened' };

/** Nothing unsaved; `sentVersion` is set from the server's copy. */
export const IDLE_AUTOSAVE: AutosaveState = {
  sentVersion: 0,
  dirty: false,
  lastChangeAt: 0,
  lastSaveStartAt: 0,
  inFlight: false,
  failures: 0,
  retryAt: 0,
  closed: false,
};

const MAX_RETRY_DELAY_MS = 30_000;

export function reduceAutosave(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case 'edited':
      return { ...state, dirty: true, lastChangeAt: event.at, lastSaveStartAt: state.lastSaveStartAt || event.at };
    case 'copy-restored':
      return {
        ...state,
        sentVersion: Math.max(state.sentVersion, event.version),
        dirty: true,
        lastChangeAt: 0,
        lastSaveStartAt: state.lastSaveStartAt || event.at,
      };
    case 'save-started':
      return { ...state, sentVersion: state.sentVersion + 1, dirty: false, inFlight: true, lastSaveStartAt: event.at };
    case 'save-stored':
      return { ...state, inFlight: false, failures: 0, retryAt: 0 };
    case 'save-refused':
      return {
        ...state,
        inFlight: false,
        failures: 0,
        retryAt: 0,
        sentVersion: Math.max(state.sentVersion, event.storedVersion),
        dirty: true,
        lastChangeAt: 0,
      };
    case 'save-failed': {
      const failures = state.failures + 1;
      return {
        ...state,
        inFlight: false,
        dirty: true,
        failures,
        retryAt: event.at + Math.min(MAX_RETRY_DELAY_MS, 1_000 * 2 ** failures),
      };
    }
    case 'online':
      return { ...state, retryAt: 0 };
    case 'version-claimed':
      return { ...state, sentVersion: state.sentVersion + 1 };
    case 'beacon-sent':
      return { ...state, dirty: false };
    case 'closed':
      return { ...state, closed: true };
    case 'reopened':
      return { ...state, closed: false };
  }
}
