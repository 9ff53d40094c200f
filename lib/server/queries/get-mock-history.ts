import 'server-only';
import { LevelSchema } from '@/lib/core/content/schema';
import type { Level, MockMode } from '@/lib/core/mock/types';
import { getContent } from '../content';
import { db } from '../db';
import { MOCK_TIMING_COLUMNS, toMockTiming } from '../mock-attempt-row';

export type MockHistoryAttempt = {
  id: string;
  mode: MockMode;
  timeLimitSec: number;
  startedAt: Date;
  submittedAt: Date;
  autoSubmitted: boolean;
  verdict: Level;
  score: number;
};

type SubmittedAttempt = Omit<MockHistoryAttempt, 'verdict' | 'score'>;

/** A submitted attempt's id, mode, length and times, as history and feedback show them. */
export function toSubmittedAttempt(
  row: Parameters<typeof toMockTiming>[0] & { id: string; autoSubmitted: boolean },
  submittedAt: Date,
): SubmittedAttempt {
  const { mode, timeLimitSec, startedAt } = toMockTiming(row);
  return { id: row.id, mode, timeLimitSec, startedAt, submittedAt, autoSubmitted: row.autoSubmitted };
}

export type MockHistoryPrompt = { promptId: string; title: string; attempts: MockHistoryAttempt[] };

/** Every submitted attempt of the learner, per prompt (content order), oldest first within a prompt (for the trend). */
export async function getMockHistory(userId: string): Promise<MockHistoryPrompt[]> {
  const [rows, content] = await Promise.all([
    db.mockAttempt.findMany({
      where: { userId, submittedAt: { not: null } },
      orderBy: { submittedAt: 'asc' },
      select: {
        id: true,
        promptId: true,
        ...MOCK_TIMING_COLUMNS,
        autoSubmitted: true,
        verdict: true,
        score: true,
      },
    }),
    getContent(),
  ]);
  const byPrompt = new Map<string, MockHistoryAttempt[]>();
  for (const row of rows) {
    const verdict = LevelSchema.safeParse(row.verdict);
    if (!row.submittedAt || !verdict.success || row.score === null) continue;
    const list = byPrompt.get(row.promptId) ?? [];
    list.push({ ...toSubmittedAttempt(row, row.submittedAt), verdict: verdict.data, score: row.score });
    byPrompt.set(row.promptId, list);
  }
  const order = content.prompts.map((p) => ({ promptId: p.id, title: p.title }));
  for (const id of byPrompt.keys()) if (!order.some((o) => o.promptId === id)) order.push({ promptId: id, title: id });
  return order.filter((o) => byPrompt.has(o.promptId)).map((o) => ({ ...o, attempts: byPrompt.get(o.promptId) ?? [] }));
}
