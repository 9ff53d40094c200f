import 'server-only';
import { LevelSchema } from '@/lib/content/schema';
import type { Level, MockMode } from '@/lib/core/mock/types';
import { getContent } from '../content';
import { db } from '../db';
import { toMockTiming } from '../mock-attempt-row';

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
        mode: true,
        timeLimitSec: true,
        startedAt: true,
        pausedMs: true,
        pausedAt: true,
        submittedAt: true,
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
    list.push({
      id: row.id,
      mode: toMockTiming(row).mode,
      timeLimitSec: row.timeLimitSec,
      startedAt: row.startedAt,
      submittedAt: row.submittedAt,
      autoSubmitted: row.autoSubmitted,
      verdict: verdict.data,
      score: row.score,
    });
    byPrompt.set(row.promptId, list);
  }
  const order = content.prompts.map((p) => ({ promptId: p.id, title: p.title }));
  for (const id of byPrompt.keys()) if (!order.some((o) => o.promptId === id)) order.push({ promptId: id, title: id });
  return order.filter((o) => byPrompt.has(o.promptId)).map((o) => ({ ...o, attempts: byPrompt.get(o.promptId) ?? [] }));
}
