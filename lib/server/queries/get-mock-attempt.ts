import 'server-only';
import type { MockTiming } from '@/lib/core/mock/types';
import { ATTEMPT_PROMPT_COLUMNS, promptOfAttempt } from '../attempt-prompt';
import { getContent } from '../content';
import { db } from '../db';
import { MOCK_TIMING_COLUMNS, toMockTiming } from '../mock-attempt-row';

export type MockAttemptView = MockTiming & {
  id: string;
  prompt: { id: string; title: string; scenario: string };
  draft: string;
  version: number;
  savedAt: Date | null;
};

/** One of the learner's own attempts with its prompt, or null (unknown, or someone else's). */
export async function getMockAttempt(userId: string, attemptId: string): Promise<MockAttemptView | null> {
  const row = await db.mockAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { id: true, ...ATTEMPT_PROMPT_COLUMNS, ...MOCK_TIMING_COLUMNS, draft: true, version: true, savedAt: true },
  });
  if (!row) return null;
  const prompt = promptOfAttempt(row, await getContent());
  const timing = toMockTiming(row);
  return {
    id: row.id,
    prompt: prompt
      ? { id: prompt.id, title: prompt.title, scenario: prompt.scenario }
      : { id: row.promptId, title: row.promptId, scenario: 'This prompt is no longer in the library.' },
    ...timing,
    draft: row.draft,
    version: row.version,
    savedAt: row.savedAt,
  };
}
