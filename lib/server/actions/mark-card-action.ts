'use server';
import { z } from 'zod';
import { MarkActionSchema } from '@/lib/core/cards/card-mark-schema';
import { defineAction } from '../define-action';
import { markCard } from '../mutations/mark-card';

/** Suspend / unsuspend, bury / unbury, or set a flag (0 clears it) on one of the caller's cards. */
export const markCardAction = defineAction(
  {
    access: 'user',
    input: z.strictObject({ cardId: z.string().min(1).max(200), action: MarkActionSchema }),
  },
  ({ cardId, action }, user) => markCard(user.id, cardId, action, new Date()),
);
