/**
 * Labelled mock answers (the shape of shared/grader-dev/labels.json): the acceptable verdicts,
 * the traps an answer asserts and a note per answer id. An export from the app (instructor
 * reviews, candidates' disagreements) adds the answers' text, which a labels folder keeps in
 * <id>.txt files.
 */
import { z } from 'zod';
import { LevelSchema } from './schema';

export const AnswerLabelSchema = z.strictObject({
  verdict: z.array(LevelSchema).min(1),
  traps: z.array(z.string()).default([]),
  note: z.string().optional(),
  prompt: z.string().optional(),
});
export const LabelsFileSchema = z.strictObject({
  prompt: z.string(),
  answers: z.record(z.string(), AnswerLabelSchema),
});
export type LabelsFile = z.infer<typeof LabelsFileSchema>;

export const LabelledExportSchema = LabelsFileSchema.extend({
  /** The answers' text by id. */
  texts: z.record(z.string(), z.string()),
});
export type LabelledExport = z.infer<typeof LabelledExportSchema>;

/** One labelled answer as the grader's calibration reads it, whichever file it came from. */
export type LabelledAnswer = {
  id: string;
  prompt: string;
  answer: string;
  verdicts: z.infer<typeof LevelSchema>[];
  traps: string[];
  note: string;
};
