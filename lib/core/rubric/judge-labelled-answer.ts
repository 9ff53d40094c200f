/**
 * Grades one labelled answer and compares with its labels (ADR 010): whether the verdict is one of
 * the acceptable ones, which asserted traps were caught, which flags were false. One comparison for
 * the calibration tests and `npm run -s grader:eval`.
 */
import { findKnowledge } from '@/lib/core/content/find-knowledge';
import type { LabelledAnswer } from '@/lib/core/content/labels-schema';
import type { ContentBundle } from '@/lib/core/content/types';
import { gradeAnswer } from './grade-answer';
import type { GradeResult } from './types';

export type LabelledJudgement = {
  result: GradeResult;
  /** null when the answer carries no verdict label (single trap sentences). */
  agreed: boolean | null;
  caught: string[];
  falseFlags: string[];
};

export function judgeLabelledAnswer(
  content: Pick<ContentBundle, 'prompts' | 'misconceptions' | 'knowledge'>,
  a: LabelledAnswer,
): LabelledJudgement {
  const prompt = content.prompts.find((p) => p.id === a.prompt);
  if (prompt === undefined) throw new Error(`${a.id}: unknown prompt ${a.prompt}`);
  const result = gradeAnswer({
    prompt,
    answer: a.answer,
    misconceptions: content.misconceptions,
    knowledge: findKnowledge(content, prompt),
  });
  const flagged = result.traps.map((t) => t.id);
  return {
    result,
    agreed: a.verdicts.length === 0 ? null : a.verdicts.includes(result.verdict),
    caught: a.traps.filter((t) => flagged.includes(t)),
    falseFlags: flagged.filter((t) => !a.traps.includes(t)),
  };
}
