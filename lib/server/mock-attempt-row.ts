import 'server-only';
import { z } from 'zod';
import { MOCK_MODES } from '@/lib/core/mock/limits';
import type { MockTiming } from '@/lib/core/mock/types';

/** The MockAttempt columns that decide its clock. */
export const MOCK_TIMING_COLUMNS = {
  mode: true,
  timeLimitSec: true,
  startedAt: true,
  pausedMs: true,
  pausedAt: true,
  submittedAt: true,
} as const;

const ModeSchema = z.enum(MOCK_MODES);

/** The clock columns as a row holds them. */
export type MockTimingRow = {
  mode: string;
  timeLimitSec: number;
  startedAt: Date;
  pausedMs: number;
  pausedAt: Date | null;
  submittedAt: Date | null;
};

/** A row's clock columns as core timing (the mode column is validated: it is a plain string in the schema). */
export function toMockTiming(row: MockTimingRow): MockTiming {
  return {
    mode: ModeSchema.parse(row.mode),
    timeLimitSec: row.timeLimitSec,
    startedAt: row.startedAt,
    pausedMs: row.pausedMs,
    pausedAt: row.pausedAt,
    submittedAt: row.submittedAt,
  };
}

