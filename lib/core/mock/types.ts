/** Types of the mock-interview feature (timing, feedback, scheduling of prompts). */
import type { Grade } from '@/lib/core/scheduler/types';
import type { Level } from '@/lib/core/content/types';

export type { Level } from '@/lib/core/content/types';

/** interview: the countdown can't pause and submits itself at zero; practice: pausable, never auto-submits. */
export type MockMode = 'interview' | 'practice';

/** What decides an attempt's clock: all instants come from the server. */
export type MockTiming = {
  mode: MockMode;
  timeLimitSec: number;
  startedAt: Date;
  /** Practice: total time spent paused before the current pause. */
  pausedMs: number;
  /** Practice: paused since then (null: running). */
  pausedAt: Date | null;
  submittedAt: Date | null;
};

export type MockClock = {
  /** Writing time used so far (pauses excluded). */
  elapsedMs: number;
  /** Time left; negative once the limit has passed (practice overtime). */
  remainingMs: number;
  paused: boolean;
  /** The time limit has been reached. */
  timeUp: boolean;
};

/** A card a mock attempt put back into the learner's review, and why. */
export type GapCard = {
  cardId: string;
  reason: { kind: 'criterion'; id: string; title: string } | { kind: 'trap'; id: string };
};

/** Why a prompt sits where it does in the learner's list. */
export type PromptStatus = 'assigned' | 'due' | 'new' | 'scheduled';

export type PromptScheduleInput = {
  prompts: readonly { id: string; title: string }[];
  /** FSRS state of each prompt the learner has attempted. */
  states: ReadonlyMap<string, { due: Date }>;
  /** The learner's last submitted attempt of each prompt. */
  lastAttempts: ReadonlyMap<string, { verdict: Level; submittedAt: Date }>;
  /** Prompts assigned to the learner's classes (still open: not answered since they were assigned). */
  assignments: readonly { promptId: string; className: string; dueAt: Date | null }[];
  now: Date;
};

export type PromptScheduleEntry = {
  promptId: string;
  title: string;
  status: PromptStatus;
  /** When it is due: the assignment's due date, else the FSRS due date; null for new prompts. */
  due: Date | null;
  /** "last attempt: meets, 9 days ago", "new", "assigned by Cloud 101, due in 2 days · new". */
  reason: string;
};

/** One criterion's level in two attempts of the same prompt. */
export type CriterionComparison = {
  id: string;
  title: string;
  previous: Level | null;
  current: Level;
  change: 'better' | 'worse' | 'same' | 'new';
};

export type { Grade };
