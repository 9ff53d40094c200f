import 'server-only';
import { computeMockClock } from '@/lib/core/mock/compute-mock-clock';
import type { MockMode } from '@/lib/core/mock/types';
import { getContent } from '../content';
import { db } from '../db';
import { MOCK_TIMING_COLUMNS, toMockTiming } from '../mock-attempt-row';

export type OpenMockAttempt = {
  id: string;
  promptTitle: string;
  mode: MockMode;
  startedAt: Date;
  /** Time left on the clock now (negative: overtime in practice, or an interview that ran out). */
  remainingMs: number;
  paused: boolean;
};

/** The learner's attempts not yet submitted, newest first (to resume them). */
export async function getOpenMockAttempts(userId: string, now: Date): Promise<OpenMockAttempt[]> {
  const [rows, content] = await Promise.all([
    db.mockAttempt.findMany({
      where: { userId, submittedAt: null },
      orderBy: { startedAt: 'desc' },
      take: 20,
      select: { id: true, promptId: true, ...MOCK_TIMING_COLUMNS },
    }),
    getContent(),
  ]);
  const titles = new Map(content.prompts.map((p) => [p.id, p.title]));
  return rows.map((row) => {
    const timing = toMockTiming(row);
    const clock = computeMockClock(timing, now);
    return {
      id: row.id,
      promptTitle: titles.get(row.promptId) ?? row.promptId,
      mode: timing.mode,
      startedAt: row.startedAt,
      remainingMs: clock.remainingMs,
      paused: clock.paused,
    };
  });
}
