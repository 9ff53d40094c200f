import 'server-only';
import { compareAttempts } from '@/lib/core/mock/compare-attempts';
import { computeMockClock } from '@/lib/core/mock/compute-mock-clock';
import { parseStoredFeedback } from '@/lib/core/mock/parse-stored-feedback';
import type { StoredFeedback } from '@/lib/core/mock/schema';
import type { CriterionComparison, Level } from '@/lib/core/mock/types';
import { LevelSchema } from '@/lib/core/content/schema';
import type { MockReview } from '@/lib/core/mock/review';
import { ATTEMPT_PROMPT_COLUMNS, promptOfAttempt } from '../attempt-prompt';
import { toSubmittedAttempt, type MockHistoryAttempt } from './get-mock-history';
import { getContent } from '../content';
import { db } from '../db';
import { MOCK_TIMING_COLUMNS, toMockTiming } from '../mock-attempt-row';
import { MOCK_REVIEW_COLUMNS, toMockReview } from '../mock-review-row';

export type MockFeedbackView = {
  attempt: Omit<MockHistoryAttempt, 'verdict' | 'score'> & {
    /** Writing time used (pauses excluded). */
    elapsedMs: number;
    answer: string;
  };
  prompt: { id: string; title: string; scenario: string; modelAnswers: { average: string; great: string } | null };
  feedback: StoredFeedback['result'];
  /** Misconception id → the claim, as people say it. */
  trapClaims: Record<string, string>;
  /** The cards put into review (most important first), with their fronts and planned due instants. */
  gaps: (StoredFeedback['gaps'][number] & { front: string })[];
  ratings: Record<string, { agree: boolean; level: Level | null; comment: string | null }>;
  /** An instructor's review of this attempt, shown beside the grader's levels. */
  review: MockReview | null;
  /** The learner's previous submitted attempt of the same prompt, compared criterion by criterion. */
  previous: { id: string; submittedAt: Date; verdict: Level; score: number; criteria: CriterionComparison[] } | null;
};

/** The feedback page of one of the learner's own submitted attempts, or null (unknown, someone else's, or not submitted). */
export async function getMockFeedback(userId: string, attemptId: string): Promise<MockFeedbackView | null> {
  const row = await db.mockAttempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      ...ATTEMPT_PROMPT_COLUMNS,
      ...MOCK_TIMING_COLUMNS,
      draft: true,
      autoSubmitted: true,
      feedback: true,
      ratings: { select: { criterionId: true, agree: true, level: true, comment: true } },
      review: { select: MOCK_REVIEW_COLUMNS },
    },
  });
  if (!row?.submittedAt || !row.feedback) return null;
  const stored = parseStoredFeedback(row.feedback);
  const [content, previousRow, cards] = await Promise.all([
    getContent(),
    db.mockAttempt.findFirst({
      where: {
        userId,
        promptId: row.promptId,
        submittedAt: { not: null, lt: row.submittedAt },
        feedback: { not: null },
      },
      orderBy: { submittedAt: 'desc' },
      select: { id: true, submittedAt: true, feedback: true },
    }),
    db.card.findMany({ where: { id: { in: stored.gaps.map((g) => g.cardId) } }, select: { id: true, front: true } }),
  ]);
  const prompt = promptOfAttempt(row, content);
  const fronts = new Map(cards.map((c) => [c.id, c.front]));
  const claims = new Map(content.misconceptions.map((m) => [m.id, m.claim]));
  const previous =
    previousRow?.feedback && previousRow.submittedAt ? parseStoredFeedback(previousRow.feedback).result : null;

  return {
    attempt: {
      ...toSubmittedAttempt(row, row.submittedAt),
      elapsedMs: computeMockClock(toMockTiming(row), row.submittedAt).elapsedMs,
      answer: row.draft,
    },
    prompt: prompt
      ? { id: prompt.id, title: prompt.title, scenario: prompt.scenario, modelAnswers: prompt.modelAnswers }
      : {
          id: row.promptId,
          title: row.promptId,
          scenario: 'This prompt is no longer in the library.',
          modelAnswers: null,
        },
    feedback: stored.result,
    trapClaims: Object.fromEntries(stored.result.traps.map((t) => [t.id, claims.get(t.id) ?? t.id])),
    gaps: stored.gaps.map((g) => ({ ...g, front: fronts.get(g.cardId) ?? g.cardId })),
    ratings: Object.fromEntries(
      row.ratings.map((r) => [
        r.criterionId,
        { agree: r.agree, level: r.level === null ? null : LevelSchema.parse(r.level), comment: r.comment },
      ]),
    ),
    review: row.review ? toMockReview(row.review) : null,
    previous:
      previous && previousRow?.submittedAt
        ? {
            id: previousRow.id,
            submittedAt: previousRow.submittedAt,
            verdict: previous.verdict,
            score: previous.score,
            criteria: compareAttempts(previous.criteria, stored.result.criteria),
          }
        : null,
  };
}
