'use server';
import { ProposeCardFixSchema } from '@/lib/core/proposals/schema';
import { defineAction } from '../define-action';
import { proposeCardFix } from '../mutations/propose-card-fix';

/** Proposes a fix to a library or instructor card (any signed-in learner who may study it; idempotent). */
export const proposeCardFixAction = defineAction({ access: 'user', input: ProposeCardFixSchema }, (input, user) =>
  proposeCardFix(user, input),
);
