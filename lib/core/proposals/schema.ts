import { z } from 'zod';
import { IdSchema } from '@/lib/core/content/schema';

/** Length limits of a proposed fix: the card editor's for the texts, and a reason of a sentence or a paragraph. */
export const PROPOSAL_LIMITS = { text: 4000, reason: 2000, note: 1000 } as const;

const cardText = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `${label} is required.` })
    .max(PROPOSAL_LIMITS.text, { message: `${label} must be at most ${PROPOSAL_LIMITS.text} characters.` });

/** A learner's proposed fix to a library or instructor card, as the form sends it. */
export const ProposeCardFixSchema = z.strictObject({
  /** The client's idempotency key: sending the same proposal again records nothing new. */
  requestId: z.uuid({ message: 'Unknown request.' }),
  cardId: IdSchema.max(200),
  front: cardText('Front'),
  back: cardText('Back'),
  explanation: z
    .string()
    .trim()
    .max(PROPOSAL_LIMITS.text, { message: `Explanation must be at most ${PROPOSAL_LIMITS.text} characters.` }),
  reason: z
    .string()
    .trim()
    .min(10, { message: 'Say why in a few words (at least 10 characters).' })
    .max(PROPOSAL_LIMITS.reason, { message: `The reason must be at most ${PROPOSAL_LIMITS.reason} characters.` }),
});
export type ProposeCardFixInput = z.infer<typeof ProposeCardFixSchema>;

/** The owner's answer to a proposal. */
export const DecideProposalSchema = z.strictObject({
  proposalId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9]+$/, { message: 'Unknown proposal.' }),
  decision: z.enum(['accept', 'decline']),
  note: z
    .string()
    .trim()
    .max(PROPOSAL_LIMITS.note, { message: `The note must be at most ${PROPOSAL_LIMITS.note} characters.` }),
});
export type DecideProposalInput = z.infer<typeof DecideProposalSchema>;
