import 'server-only';
import type { MockMode } from '@/lib/core/mock/types';
import { snapshotPrompt } from '../attempt-prompt';
import { getContent } from '../content';
import { db } from '../db';

export type StartMockAttemptInput = { userId: string; promptId: string; mode: MockMode; timeLimitSec: number; now: Date };

/** Starts a mock interview: the clock runs from the server's `now`, whatever the browser's clock says. */
export async function startMockAttempt(input: StartMockAttemptInput): Promise<{ attemptId: string }> {
  const prompt = (await getContent()).prompts.find((p) => p.id === input.promptId);
  const attempt = await db.mockAttempt.create({
    data: {
      userId: input.userId,
      promptId: input.promptId,
      promptSnapshot: prompt ? snapshotPrompt(prompt) : null,
      mode: input.mode,
      timeLimitSec: input.timeLimitSec,
      startedAt: input.now,
    },
    select: { id: true },
  });
  return { attemptId: attempt.id };
}
