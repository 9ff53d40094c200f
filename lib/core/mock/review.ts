/**
 * An instructor's review of a submitted attempt (the human in the loop of ADR 010): their own
 * level and comment per criterion, the traps the answer really asserts, and a verdict. Pure:
 * the boundary schemas, the verdict the levels give, and the labelled answers (the shape of
 * shared/grader-dev/labels.json) that reviews and candidates' disagreements export.
 */
import { z } from 'zod';
import type { LabelledExport } from '@/lib/core/content/labels-schema';
import { LEVELS } from '@/lib/core/content/schema';
import { scoreLevels } from '@/lib/core/rubric/verdict-scale';
import { AttemptIdSchema } from './schema';
import type { Level } from './types';

const LevelSchema = z.enum(LEVELS, { message: 'Choose miss, meets or delights.' });
const CommentSchema = z
  .string()
  .trim()
  .max(2000, { message: 'A comment must be at most 2,000 characters.' })
  .nullish()
  .transform((c) => (c ? c : null));
const IdSchema = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,199}$/, { message: 'Unknown id.' });

export const ReviewCriterionSchema = z.strictObject({
  criterionId: IdSchema,
  level: LevelSchema,
  comment: CommentSchema,
});
export type ReviewCriterion = z.infer<typeof ReviewCriterionSchema>;

/** What the review form sends: every criterion of the prompt, once. */
export const SaveReviewSchema = z.strictObject({
  attemptId: AttemptIdSchema,
  verdict: LevelSchema,
  criteria: z
    .array(ReviewCriterionSchema)
    .min(1)
    .max(20)
    .refine((list) => new Set(list.map((c) => c.criterionId)).size === list.length, {
      message: 'Each criterion may be reviewed once.',
    }),
  traps: z
    .array(IdSchema)
    .max(50)
    .transform((ids) => [...new Set(ids)]),
  comment: CommentSchema,
});
export type SaveReviewInput = z.infer<typeof SaveReviewSchema>;

/** The review as stored (criteria and traps are JSON columns, validated on every read). */
export const StoredReviewCriteriaSchema = z.array(ReviewCriterionSchema);
export const StoredReviewTrapsSchema = z.array(z.string());

export type MockReview = {
  verdict: Level;
  criteria: ReviewCriterion[];
  traps: string[];
  comment: string | null;
  reviewer: string | null;
  updatedAt: Date;
};

/** The verdict a set of criterion levels gives on the grader's scale: the review form's suggestion. */
export function verdictFromLevels(levels: readonly { level: Level; weight: number }[]): Level {
  return scoreLevels(levels).verdict;
}

/** One reviewed or disputed attempt, as the export reads it. */
export type LabelSource = {
  attemptId: string;
  promptId: string;
  answer: string;
  /** `misfit`: the option the grader said the scenario rules out (ADR 038), when it did. */
  grader: { verdict: Level; traps: string[]; criteria: { id: string; level: Level }[]; misfit?: string | null };
  weights: Record<string, number>;
  review: { verdict: Level; traps: string[]; criteria: ReviewCriterion[]; comment: string | null } | null;
  /** The candidate's disagreements: criterion → the level they think fits (null: they didn't say). */
  disagreements: { criterionId: string; level: Level | null; comment: string | null }[];
};

function describeLevels(criteria: readonly { id: string; level: Level }[]): string {
  return criteria.map((c) => `${c.id}=${c.level}`).join(', ');
}

/**
 * Labelled answers for calibrating the grader: an instructor's review labels an answer with its
 * verdict and traps; an unreviewed answer the candidate disputed is labelled with the verdict
 * their proposed levels give (the grader's level where they proposed none) and the grader's
 * traps, and the note says it is the candidate's view. An answer without either is not exported.
 */
export function buildLabelledExport(sources: readonly LabelSource[]): LabelledExport {
  const answers: LabelledExport['answers'] = {};
  const texts: LabelledExport['texts'] = {};
  const counts = new Map<string, number>();
  for (const s of sources) counts.set(s.promptId, (counts.get(s.promptId) ?? 0) + 1);
  const prompt = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
  for (const s of sources) {
    let label: LabelledExport['answers'][string] | null = null;
    const misfit = s.grader.misfit ? `; decision ruled out: ${s.grader.misfit}` : '';
    const graderSaid = `grader said ${s.grader.verdict} (${describeLevels(s.grader.criteria)}; traps: ${s.grader.traps.join(', ') || 'none'}${misfit})`;
    if (s.review !== null) {
      const comments = s.review.criteria.filter((c) => c.comment !== null).map((c) => `${c.criterionId}: ${c.comment}`);
      label = {
        verdict: [s.review.verdict],
        traps: s.review.traps,
        note: [
          `instructor review: ${describeLevels(s.review.criteria.map((c) => ({ id: c.criterionId, level: c.level })))}`,
          graderSaid,
          ...(s.review.comment !== null ? [s.review.comment] : []),
          ...comments,
        ].join('; '),
      };
    } else if (s.disagreements.length > 0) {
      const proposed = new Map(s.disagreements.map((d) => [d.criterionId, d.level]));
      const levels = s.grader.criteria.map((c) => ({ id: c.id, level: proposed.get(c.id) ?? c.level }));
      const verdict = verdictFromLevels(levels.map((l) => ({ level: l.level, weight: s.weights[l.id] ?? 1 })));
      label = {
        verdict: [verdict],
        traps: s.grader.traps,
        note: [
          `candidate disagreed (not reviewed by an instructor): ${s.disagreements
            .map((d) => `${d.criterionId}${d.level ? `→${d.level}` : ''}${d.comment ? ` (“${d.comment}”)` : ''}`)
            .join(', ')}`,
          graderSaid,
        ].join('; '),
      };
    }
    if (label === null) continue;
    answers[s.attemptId] = s.promptId === prompt ? label : { ...label, prompt: s.promptId };
    texts[s.attemptId] = s.answer;
  }
  return { prompt, answers, texts };
}
