'use server';
import { DecideProposalSchema } from '@/lib/core/proposals/schema';
import { defineAction } from '../define-action';
import { decideProposal } from '../mutations/decide-proposal';

/** Accepts or declines a proposed fix (the card's instructor; admins for library cards). */
export const decideProposalAction = defineAction({ access: 'instructor', input: DecideProposalSchema }, (input, user) =>
  decideProposal(user, input, new Date()),
);
