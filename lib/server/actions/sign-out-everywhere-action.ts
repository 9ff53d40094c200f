'use server';
import { z } from 'zod';
import { defineAction } from '../define-action';
import { bumpSessionVersion } from '../mutations/bump-session-version';

/** Ends every session of the caller, on every device (ADR 025); the browser then signs out here too. */
export const signOutEverywhereAction = defineAction({ access: 'user', input: z.object({}) }, async (_, user) => {
  await bumpSessionVersion(user.id);
  return { ok: true, data: null };
});
