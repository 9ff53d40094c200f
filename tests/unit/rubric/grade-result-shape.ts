/** The GradeResult shape as a zod schema, for tests of the grader and the CLI contract. */
import { z } from 'zod';

const LevelShape = z.enum(['miss', 'meets', 'delights']);

export const GradeResultShape = z.object({
  prompt: z.string(),
  verdict: LevelShape,
  score: z.number().min(0).max(100),
  criteria: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      level: LevelShape,
      score: z.number(),
      evidence: z.array(z.string()),
      concepts: z.array(z.string()),
      next: z.string().nullable(),
    }),
  ),
  traps: z.array(z.object({ id: z.string(), evidence: z.string(), correction: z.string() })),
  wordCount: z.number().int().min(0),
});

/** DESIGN.md §2: the fields the `grade --json` contract promises (extra fields allowed). */
export const GradeCliShape = z.object({
  prompt: z.string(),
  verdict: LevelShape,
  score: z.number(),
  criteria: z.array(z.object({ id: z.string(), level: LevelShape, evidence: z.array(z.string()) })),
  traps: z.array(z.object({ id: z.string(), evidence: z.string() })),
});
