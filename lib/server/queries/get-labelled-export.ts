import 'server-only';
import type { LabelledExport } from '@/lib/core/content/labels-schema';
import { LevelSchema } from '@/lib/core/content/schema';
import { parseStoredFeedback } from '@/lib/core/mock/parse-stored-feedback';
import { buildLabelledExport, type LabelSource } from '@/lib/core/mock/review';
import type { SessionUser } from '../auth';
import { ATTEMPT_PROMPT_COLUMNS, promptOfAttempt } from '../attempt-prompt';
import { getContent } from '../content';
import { db } from '../db';
import { MOCK_REVIEW_COLUMNS, toMockReview } from '../mock-review-row';
import { findReviewableAttempts } from '../permissions/find-reviewable-attempts';

/**
 * A class's reviewed and disputed attempts as labelled answers (labels.json + texts), for
 * `npm run -s grader:eval` and the calibration set (owner or admin of the class only; null otherwise).
 */
export async function getLabelledExport(actor: SessionUser, classId: string): Promise<LabelledExport | null> {
  const reviewable = await findReviewableAttempts(actor, classId);
  if (!reviewable) return null;
  const [rows, content] = await Promise.all([
    db.mockAttempt.findMany({
      where: {
        id: { in: reviewable.attemptIds },
        OR: [{ review: { isNot: null } }, { ratings: { some: { agree: false } } }],
      },
      orderBy: { submittedAt: 'asc' },
      select: {
        id: true,
        ...ATTEMPT_PROMPT_COLUMNS,
        draft: true,
        feedback: true,
        review: { select: MOCK_REVIEW_COLUMNS },
        ratings: { where: { agree: false }, select: { criterionId: true, level: true, comment: true } },
      },
    }),
    getContent(),
  ]);
  const sources: LabelSource[] = rows.flatMap((r) => {
    if (!r.feedback) return [];
    const grader = parseStoredFeedback(r.feedback).result;
    const prompt = promptOfAttempt(r, content);
    const review = r.review ? toMockReview(r.review) : null;
    return [
      {
        attemptId: r.id,
        promptId: r.promptId,
        answer: r.draft,
        grader: {
          verdict: grader.verdict,
          traps: grader.traps.map((t) => t.id),
          criteria: grader.criteria.map((c) => ({ id: c.id, level: c.level })),
          misfit: grader.misfit?.choice ?? null,
        },
        weights: Object.fromEntries((prompt?.criteria ?? []).map((c) => [c.id, c.weight])),
        review,
        disagreements: r.ratings.map((d) => ({
          criterionId: d.criterionId,
          level: d.level === null ? null : LevelSchema.parse(d.level),
          comment: d.comment,
        })),
      },
    ];
  });
  return buildLabelledExport(sources);
}
