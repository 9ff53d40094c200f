'use server';
import { after } from 'next/server';
import { z } from 'zod';
import { defineAction } from '../define-action';
import { beginFsrsOptimization, finishFsrsOptimization } from '../mutations/optimize-fsrs-parameters';

/**
 * "Optimize my scheduler": starts a run (lease taken, run recorded) and answers at once; the fit
 * runs after the response (`after`), off the request path. The settings page polls for the result.
 */
export const optimizeSchedulerAction = defineAction(
  { access: 'user', input: z.object({}).strict() },
  async (_input, user) => {
    const begun = await beginFsrsOptimization(user.id, 'manual', new Date());
    if (begun.ok) {
      const { runId } = begun.data;
      after(async () => {
        await finishFsrsOptimization(runId);
      });
    }
    return begun;
  },
);
