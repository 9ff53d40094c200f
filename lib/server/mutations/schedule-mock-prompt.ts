import 'server-only';
import { schedulePrompt } from '@/lib/core/mock/schedule-prompt';
import type { Level } from '@/lib/core/mock/types';
import type { SchedulerSettings } from '@/lib/core/scheduler/types';
import type { Prisma } from '@/lib/generated/prisma/client';
import { reviewStateToRow, rowToReviewState } from '../review-state-row';

/** Counts a submitted attempt as a review of its prompt: the learner's PromptState moves on by FSRS. */
export async function scheduleMockPrompt(
  tx: Prisma.TransactionClient,
  input: { userId: string; promptId: string; verdict: Level; now: Date; settings: SchedulerSettings },
): Promise<{ due: Date }> {
  const key = { userId_promptId: { userId: input.userId, promptId: input.promptId } };
  const row = await tx.promptState.findUnique({ where: key });
  const next = reviewStateToRow(schedulePrompt(row ? rowToReviewState(row) : null, input.verdict, input.now, input.settings));
  await tx.promptState.upsert({
    where: key,
    create: { userId: input.userId, promptId: input.promptId, ...next },
    update: next,
  });
  return { due: next.due };
}
