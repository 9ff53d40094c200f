/**
 * Runtime schemas for quiz questions and answers.
 *
 * A `QuizQuestion` is stored as JSON (so an interrupted quiz can be resumed)
 * and an answer arrives from the browser, so both cross a boundary: parse them
 * with these schemas there (DESIGN.md §3.3). Objects are not strict, so a
 * question stored by a newer version with an extra field still reads back.
 */
import { z } from 'zod';

/** How a quiz runs: feedback after each answer, or a timed test scored at the end. Stored in QuizAttempt.mode. */
export const QuizModeSchema = z.enum(['practice', 'timed']);
export type QuizMode = z.infer<typeof QuizModeSchema>;

export const QuizQuestionTypeSchema = z.enum(['multiple-choice', 'true-false', 'scenario', 'matching']);

/** Matching targets: subject A, subject B, or both of them. */
export const MatchTargetIdSchema = z.enum(['a', 'b', 'both']);

const QuestionBase = {
  /** Stable across seeds and content edits: `${sourceKind}:${sourceId}`, e.g. `item:quiz.report-runs-three-minutes`. */
  key: z.string().min(1),
  /** Markdown. */
  prompt: z.string().min(1),
  dimension: z.string().nullable(),
  comparison: z.string().nullable(),
  /** Cards this question exercises: answering it reviews them. */
  cardIds: z.array(z.string()),
  /** The misconception this question targets, if any. */
  misconception: z.string().nullable(),
  /** Markdown, shown after every answer, right or wrong. */
  explanation: z.string().min(1),
  /** Source ids (content/sources). */
  sources: z.array(z.string()),
};

export const QuizOptionSchema = z.object({
  /** Stable across seeds: derived from the option's text (`opt-…`), or `a` / `b` / `either` for scenarios. */
  id: z.string().min(1),
  /** Markdown. */
  text: z.string().min(1),
  /** Markdown: why this option is right or wrong. */
  why: z.string().min(1),
  /** Set when the option states a misconception's claim: choosing it means falling for that misconception. */
  misconception: z.string().optional(),
});

export const MatchFactSchema = z.object({ id: z.string().min(1), text: z.string().min(1) });
export const MatchTargetSchema = z.object({ id: MatchTargetIdSchema, label: z.string().min(1) });

export const QuizQuestionSchema = z
  .discriminatedUnion('type', [
    z.object({
      ...QuestionBase,
      type: z.literal('multiple-choice'),
      options: z.array(QuizOptionSchema).min(2),
      correctOptionId: z.string().min(1),
    }),
    z.object({ ...QuestionBase, type: z.literal('true-false'), correct: z.boolean() }),
    /** "Which fits this scenario?": options are the two subjects and "Either works", in that fixed order. */
    z.object({
      ...QuestionBase,
      type: z.literal('scenario'),
      options: z.array(QuizOptionSchema).min(2),
      correctOptionId: z.string().min(1),
    }),
    z.object({
      ...QuestionBase,
      type: z.literal('matching'),
      facts: z.array(MatchFactSchema).min(1),
      targets: z.array(MatchTargetSchema).min(2),
      /** fact id → the target it belongs to. */
      correctPairs: z.record(z.string(), MatchTargetIdSchema),
    }),
  ])
  .superRefine((q, ctx) => {
    const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
    if (q.type === 'multiple-choice' || q.type === 'scenario') {
      const ids = q.options.map((o) => o.id);
      for (const id of duplicates(ids))
        ctx.addIssue({ code: 'custom', path: ['options'], message: `duplicate option id ${id}` });
      if (!ids.includes(q.correctOptionId)) {
        ctx.addIssue({ code: 'custom', path: ['correctOptionId'], message: 'must be the id of one of the options' });
      }
    }
    if (q.type === 'matching') {
      const factIds = q.facts.map((f) => f.id);
      const targetIds: string[] = q.targets.map((t) => t.id);
      for (const id of duplicates(factIds))
        ctx.addIssue({ code: 'custom', path: ['facts'], message: `duplicate fact id ${id}` });
      for (const id of duplicates(targetIds))
        ctx.addIssue({ code: 'custom', path: ['targets'], message: `duplicate target ${id}` });
      for (const id of factIds) {
        const target = q.correctPairs[id];
        if (target === undefined) ctx.addIssue({ code: 'custom', path: ['correctPairs', id], message: 'missing' });
        else if (!targetIds.includes(target)) {
          ctx.addIssue({ code: 'custom', path: ['correctPairs', id], message: `${target} is not a target` });
        }
      }
      for (const id of Object.keys(q.correctPairs)) {
        if (!factIds.includes(id))
          ctx.addIssue({ code: 'custom', path: ['correctPairs', id], message: 'not a fact id' });
      }
    }
  });

/** One answer: an option (multiple-choice, scenario), a truth value (true-false), or a target per fact (matching). */
export const QuizAnswerSchema = z.union([
  z.strictObject({ optionId: z.string().min(1) }),
  z.strictObject({ value: z.boolean() }),
  z.strictObject({ pairs: z.record(z.string(), MatchTargetIdSchema) }),
]);
