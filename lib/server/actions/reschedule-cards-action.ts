'use server';
import { z } from 'zod';
import { defineAction } from '../define-action';
import { rescheduleCards } from '../mutations/reschedule-cards';

/** Reschedules the learner's cards in review with the FSRS parameters in use (their choice, ADR 032). */
export const rescheduleCardsAction = defineAction(
  { access: 'user', input: z.object({}).strict() },
  async (_input, user) => ({
    ok: true,
    data: await rescheduleCards(user.id, new Date(), true),
  }),
);
