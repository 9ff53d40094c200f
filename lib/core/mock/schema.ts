/**
 * Boundary schemas of the mock interview: action and JSON-route input, and the feedback JSON
 * stored on an attempt (parsed on every read). The browser imports ./limits, not this file.
 */
import { z } from 'zod';
import { LevelSchema } from '@/lib/core/content/schema';
import { MAX_DRAFT_CHARS, MOCK_MODES } from './limits';

export const AttemptIdSchema = z.string().regex(/^[a-z0-9]{10,40}$/, { message: 'Unknown attempt.' });
/** The mock routes' `[attemptId]` segment. */
export const AttemptParamsSchema = z.object({ attemptId: AttemptIdSchema });
/** A 20,000-word answer as JSON, with room to spare; a larger body is refused before it is parsed. */
export const MAX_ANSWER_BODY_BYTES = 1_500_000;
const PromptIdSchema = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,199}$/, { message: 'Choose a prompt.' });

export const StartMockSchema = z.strictObject({
  promptId: PromptIdSchema,
  mode: z.enum(MOCK_MODES, { message: 'Choose interview or practice.' }),
  timeLimitSec: z.number({ message: 'Choose a length.' }).int().positive(),
});
export type StartMockInput = z.infer<typeof StartMockSchema>;

const DraftSchema = z
  .string()
  .max(MAX_DRAFT_CHARS, { message: `The answer must be at most ${MAX_DRAFT_CHARS.toLocaleString('en')} characters.` });
const VersionSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** An autosave: the client numbers its saves 1, 2, 3… and the highest version wins. */
export const SaveDraftSchema = z.strictObject({ draft: DraftSchema, version: VersionSchema });
export type SaveDraftInput = z.infer<typeof SaveDraftSchema>;

/** Submit, with the editor's last text (applied like a save) and whether the client's clock ran out. */
export const SubmitMockSchema = z.strictObject({
  draft: DraftSchema.optional(),
  version: VersionSchema.optional(),
  auto: z.boolean().default(false),
});
export type SubmitMockInput = z.infer<typeof SubmitMockSchema>;

export const PauseMockSchema = z.strictObject({ paused: z.boolean() });

export const RateCriterionSchema = z.strictObject({
  attemptId: AttemptIdSchema,
  criterionId: z.string().min(1).max(200),
  agree: z.boolean(),
  /** When disagreeing: the level the candidate would give. */
  level: LevelSchema.nullish(),
  comment: z.string().trim().max(1000).nullish(),
});
export type RateCriterionInput = z.infer<typeof RateCriterionSchema>;

/** The grader's result as stored in MockAttempt.feedback (mirrors lib/core/rubric's GradeResult). */
export const GradeResultSchema = z.object({
  prompt: z.string(),
  verdict: LevelSchema,
  score: z.number(),
  criteria: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      level: LevelSchema,
      score: z.number(),
      evidence: z.array(z.string()),
      concepts: z.array(z.string()),
      next: z.string().nullable(),
    }),
  ),
  traps: z.array(z.object({ id: z.string(), evidence: z.string(), correction: z.string() })),
  /** False claims with what is true instead (ADR 010); absent in feedback stored before it. */
  errors: z
    .array(z.object({ evidence: z.string(), claim: z.string(), correction: z.string(), sources: z.array(z.string()) }))
    .default([]),
  /** Things the answer says both hold and don't hold; absent in feedback stored before them. */
  contradictions: z
    .array(
      z.object({ entity: z.string(), attribute: z.string(), claim: z.string(), holds: z.string(), denies: z.string() }),
    )
    .default([]),
  /** The decision chose an option the scenario rules out (ADR 038); absent in feedback stored before it. */
  misfit: z
    .object({ choice: z.string(), label: z.string(), evidence: z.string(), why: z.string() })
    .nullish()
    .default(null),
  /** Why the answer could not be judged fairly, when it could not. */
  unassessed: z.object({ reason: z.string(), message: z.string() }).nullish().default(null),
  wordCount: z.number(),
});

export const GapCardSchema = z.object({
  cardId: z.string(),
  reason: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('criterion'), id: z.string(), title: z.string() }),
    z.object({ kind: z.literal('trap'), id: z.string() }),
  ]),
  /**
   * When the card comes due (ISO instant) as planned by `planGapReviews`, or null: left for later (no
   * room before the interview). Absent in feedback stored before gap cards were spread over days.
   */
  due: z.string().datetime().nullable().optional(),
});

/** What MockAttempt.feedback holds: which grader, its result, and the cards put back into review. */
export const StoredFeedbackSchema = z.object({
  grader: z.string(),
  result: GradeResultSchema,
  gaps: z.array(GapCardSchema),
});
export type StoredFeedback = z.infer<typeof StoredFeedbackSchema>;
