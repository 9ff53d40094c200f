import 'server-only';
import { parseStoredFeedback } from '@/lib/core/mock/parse-stored-feedback';
import type { MockReview } from '@/lib/core/mock/review';
import type { StoredFeedback } from '@/lib/core/mock/schema';
import type { Level } from '@/lib/core/mock/types';
import { LevelSchema } from '@/lib/core/content/schema';
import type { SessionUser } from '../auth';
import { ATTEMPT_PROMPT_COLUMNS, promptOfAttempt } from '../attempt-prompt';
import { getContent } from '../content';
import { db } from '../db';
import { MOCK_REVIEW_COLUMNS, toMockReview } from '../mock-review-row';
import { findReviewableAttempts } from '../permissions/find-reviewable-attempts';

export type AttemptReviewView = {
  classId: string;
  className: string;
  attempt: { id: string; student: string; submittedAt: Date; answer: string };
  prompt: {
    id: string;
    title: string;
    scenario: string;
    criteria: { id: string; title: string; weight: number; meets: string; delights: string }[];
  };
  grader: StoredFeedback['result'];
  /** The candidate's disagreements by criterion. */
  ratings: Record<string, { agree: boolean; level: Level | null; comment: string | null }>;
  review: MockReview | null;
  /** Traps a reviewer may mark: the prompt's comparison's misconceptions (and any the grader flagged). */
  trapOptions: { id: string; claim: string }[];
};

/** One class member's attempt, for an instructor to review (owner or admin of the class only; null otherwise). */
export async function getAttemptReview(
  actor: SessionUser,
  classId: string,
  attemptId: string,
): Promise<AttemptReviewView | null> {
  const reviewable = await findReviewableAttempts(actor, classId, attemptId);
  if (!reviewable || !reviewable.attemptIds.includes(attemptId)) return null;
  const [row, content] = await Promise.all([
    db.mockAttempt.findUnique({
      where: { id: attemptId },
      select: {
        id: true,
        ...ATTEMPT_PROMPT_COLUMNS,
        submittedAt: true,
        draft: true,
        feedback: true,
        user: { select: { name: true, email: true } },
        ratings: { select: { criterionId: true, agree: true, level: true, comment: true } },
        review: { select: MOCK_REVIEW_COLUMNS },
      },
    }),
    getContent(),
  ]);
  const prompt = row ? promptOfAttempt(row, content) : null;
  if (!row?.submittedAt || !row.feedback || !prompt) return null;
  const grader = parseStoredFeedback(row.feedback).result;
  const claims = new Map(content.misconceptions.map((m) => [m.id, m.claim]));
  const trapIds = new Set([
    ...content.misconceptions.filter((m) => m.comparison === prompt.comparison).map((m) => m.id),
    ...grader.traps.map((t) => t.id),
  ]);
  return {
    classId: reviewable.managed.id,
    className: reviewable.managed.name,
    attempt: { id: row.id, student: row.user.name ?? row.user.email, submittedAt: row.submittedAt, answer: row.draft },
    prompt: {
      id: prompt.id,
      title: prompt.title,
      scenario: prompt.scenario,
      criteria: prompt.criteria.map((c) => ({
        id: c.id,
        title: c.title,
        weight: c.weight,
        meets: c.meets.description,
        delights: c.delights.description,
      })),
    },
    grader,
    ratings: Object.fromEntries(
      row.ratings.map((r) => [
        r.criterionId,
        { agree: r.agree, level: r.level === null ? null : LevelSchema.parse(r.level), comment: r.comment },
      ]),
    ),
    review: row.review ? toMockReview(row.review) : null,
    trapOptions: [...trapIds].map((id) => ({ id, claim: claims.get(id) ?? id })),
  };
}
