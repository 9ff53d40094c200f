/** The mock interview's fixed limits (no imports: the browser's editor uses them too). */

export const MOCK_MODES = ['interview', 'practice'] as const;
/** The lengths a learner can choose, in minutes. */
export const MOCK_LENGTH_MINUTES = [15, 30, 45] as const;
/** Test-only length (seconds), offered when TEST_SHORT_TIMERS is on, so end-to-end tests can let an interview run out. */
export const SHORT_TEST_SECONDS = 20;
/** Longest answer accepted, in words. */
export const MAX_ANSWER_WORDS = 20_000;
/** Longest draft in characters (a backstop for 20,000 very long "words"). */
export const MAX_DRAFT_CHARS = 300_000;
/** An interview answer still counts this long after the clock ran out (network latency, the last autosave). */
export const SUBMIT_GRACE_MS = 10_000;
/** Warnings before an interview's time runs out, in seconds. */
export const TIMER_WARNINGS_SEC = [300, 60] as const;
